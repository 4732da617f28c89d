package org.earlyhelp.consent.consent;

import jakarta.ws.rs.ClientErrorException;

/** A change the consent's state does not allow (409), or content the rules reject (422). */
final class ConsentConflict extends ClientErrorException {

    private ConsentConflict(String message, int status) {
        super(message, status);
    }

    static ConsentConflict conflict(String message) {
        return new ConsentConflict(message, 409);
    }

    static ConsentConflict unprocessable(String message) {
        return new ConsentConflict(message, 422);
    }
}
