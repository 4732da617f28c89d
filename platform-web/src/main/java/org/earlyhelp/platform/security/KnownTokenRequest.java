package org.earlyhelp.platform.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A bearer token found in {@link VerifiedTokens}: the caller it was verified as, asked of no signature check again. */
final class KnownTokenRequest extends BaseAuthenticationRequest {

    private final VerifiedTokens.Verified known;

    KnownTokenRequest(VerifiedTokens.Verified known) {
        this.known = known;
    }

    VerifiedTokens.Verified known() {
        return known;
    }
}
