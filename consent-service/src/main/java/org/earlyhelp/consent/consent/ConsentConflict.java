package org.earlyhelp.consent.consent;

import jakarta.ws.rs.ClientErrorException;

/** Content the consent rules reject (422); a change the consent's state does not allow is an {@code IllegalTransition} (409). */
final class ConsentConflict extends ClientErrorException {

    private ConsentConflict(String message, int status) {
        super(message, status);
    }

    static ConsentConflict unprocessable(String message) {
        return new ConsentConflict(message, 422);
    }
}
