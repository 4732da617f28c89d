package org.earlyhelp.platform.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/** The identity of a token {@link KnownTokenMechanism} found in {@link VerifiedTokens}: the same principal, roles and credential as when it was verified. */
@ApplicationScoped
public class KnownTokenIdentityProvider implements IdentityProvider<KnownTokenRequest> {

    /** Marks an identity taken from {@link VerifiedTokens}, so it is not kept a second time. */
    static final String KNOWN = "earlyhelp.known-token";

    @Override
    public Class<KnownTokenRequest> getRequestType() {
        return KnownTokenRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(KnownTokenRequest request, AuthenticationRequestContext context) {
        VerifiedTokens.Verified known = request.known();
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(known.principal())
                .addRoles(known.roles())
                .addCredential(known.credential())
                .addAttribute(KNOWN, true)
                .build());
    }
}
