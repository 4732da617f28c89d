package org.earlyhelp.gateway;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/** Keeps each identity quarkus-oidc verified from a bearer token in {@link VerifiedTokens}; changes nothing. */
@ApplicationScoped
class VerifiedTokenRecorder implements SecurityIdentityAugmentor {

    private final VerifiedTokens tokens;

    VerifiedTokenRecorder(VerifiedTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!identity.isAnonymous() && identity.getAttribute(KnownTokenIdentityProvider.KNOWN) == null) {
            tokens.keep(identity);
        }
        return Uni.createFrom().item(identity);
    }
}
