package org.earlyhelp.platform.identity;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The caller of the current request. Inject this (it is request scoped) rather than the
 * token: it is the only place that turns claims into a {@link Caller}.
 */
@RequestScoped
public class CurrentCaller {

    private final SecurityIdentity identity;
    private Caller caller;

    CurrentCaller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The authenticated caller; 401 if the request carries no valid token. */
    public Caller get() {
        return find().orElseThrow(() -> new UnauthorizedException("Authentication is required"));
    }

    /** The caller if the request is authenticated (for public endpoints that also serve signed-in users). */
    public Optional<Caller> find() {
        if (caller == null && !identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken token) {
            caller = toCaller(token, identity);
        }
        return Optional.ofNullable(caller);
    }

    static Caller toCaller(JsonWebToken token, SecurityIdentity identity) {
        Optional<AgencyClaim> agency = AgencyClaim.of(token);
        Object username = token.getClaim("preferred_username");
        return new Caller(
                token.getSubject(),
                username == null ? token.getSubject() : text(username),
                agency.map(AgencyClaim::code).orElse(null),
                agency.map(AgencyClaim::type).orElse(null),
                agency.map(AgencyClaim::areas).orElse(List.of()),
                identity.getRoles(),
                identity.hasRole(Caller.PARTNER_SYSTEM_ROLE));
    }

    private static String text(Object claim) {
        return claim instanceof JsonString string ? string.getString() : claim.toString();
    }
}
