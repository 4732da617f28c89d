package org.earlyhelp.platform.security;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Tried before quarkus-oidc's bearer mechanism: a bearer token this process verified earlier and
 * that has not expired is the same caller again ({@link VerifiedTokens}), and the augmentors run
 * on it as on a new one. Anything else (no token, an unknown, altered or expired one) is left to
 * quarkus-oidc, which verifies it or answers 401 with its challenge. Looking the token up here,
 * before quarkus-oidc builds its credential, also spares the decoding of the token's claims that
 * quarkus-oidc does for every bearer token it is handed (decision 0021).
 */
@ApplicationScoped
public class KnownTokenMechanism implements HttpAuthenticationMechanism {

    private static final String SCHEME = "Bearer ";

    private final VerifiedTokens tokens;

    KnownTokenMechanism(VerifiedTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String token = bearerToken(context.request().headers().get(HttpHeaders.AUTHORIZATION));
        return (token == null ? java.util.Optional.<VerifiedTokens.Verified>empty() : tokens.find(token))
                .map(known -> identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(new KnownTokenRequest(known), context)))
                .orElseGet(() -> Uni.createFrom().nullItem());
    }

    static String bearerToken(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return null;
        }
        String token = authorization.substring(SCHEME.length()).trim();
        return token.isEmpty() ? null : token;
    }

    /** Never challenges: a request it does not recognise goes on to quarkus-oidc, whose challenge is the one sent. */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(KnownTokenRequest.class);
    }

    /** No transport of its own: a path that names the bearer mechanism gets quarkus-oidc's. */
    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    /** Before quarkus-oidc's ({@code DEFAULT_PRIORITY + 1}). */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 100;
    }
}
