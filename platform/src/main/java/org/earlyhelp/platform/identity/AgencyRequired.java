package org.earlyhelp.platform.identity;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/** Turns a valid token that belongs to no agency into a 401: nobody acts outside an agency. */
@ApplicationScoped
class AgencyRequired implements SecurityIdentityAugmentor {

    private final IdentityConfig config;

    AgencyRequired(IdentityConfig config) {
        this.config = config;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!config.agencyRequired() || identity.isAnonymous()
                || !(identity.getPrincipal() instanceof JsonWebToken token)
                || AgencyClaim.of(token).isPresent()) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().failure(new AuthenticationFailedException("The token does not belong to exactly one agency"));
    }
}
