package org.earlyhelp.platform.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Asked before quarkus-oidc: a bearer token this process verified earlier and that has not expired
 * is the same caller again ({@link VerifiedTokens}); any other token goes on to quarkus-oidc.
 */
@ApplicationScoped
public class KnownTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    /** Marks an identity taken from {@link VerifiedTokens}, so it is not kept a second time. */
    static final String KNOWN = "earlyhelp.known-token";

    private final VerifiedTokens tokens;

    KnownTokenIdentityProvider(VerifiedTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Before quarkus-oidc's provider (which has the default, {@code SYSTEM_FIRST + 1}). */
    @Override
    public int priority() {
        return SYSTEM_FIRST + 100;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        TokenCredential credential = request.getToken();
        return Uni.createFrom().item(tokens.find(credential.getToken())
                .map(known -> (SecurityIdentity) QuarkusSecurityIdentity.builder()
                        .setPrincipal(known.principal())
                        .addRoles(known.roles())
                        .addCredential(credential)
                        .addAttribute(KNOWN, true)
                        .build())
                .orElse(null));
    }
}
