package org.earlyhelp.platform.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/** Keeps each identity quarkus-oidc verified from a bearer token, once every other augmentor accepted it, in {@link VerifiedTokens}; changes nothing. */
@ApplicationScoped
public class VerifiedTokenRecorder implements SecurityIdentityAugmentor {

    private final VerifiedTokens tokens;

    VerifiedTokenRecorder(VerifiedTokens tokens) {
        this.tokens = tokens;
    }

    /** Last: an identity another augmentor refuses (e.g. a token of no agency) is never kept. */
    @Override
    public int priority() {
        return Integer.MIN_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!identity.isAnonymous() && identity.getAttribute(KnownTokenIdentityProvider.KNOWN) == null) {
            tokens.keep(identity);
        }
        return Uni.createFrom().item(identity);
    }
}
