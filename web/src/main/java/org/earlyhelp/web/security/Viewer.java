package org.earlyhelp.web.security;

import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.IdToken;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is looking at the page, for the page's words and links only ({@code {inject:viewer.name}}): the services decide
 * what the person may see and do, whatever links this shows.
 */
@RequestScoped
@Named("viewer")
public class Viewer {

    @Inject
    SecurityIdentity identity;

    @Inject
    @IdToken
    JsonWebToken idToken;

    @ConfigProperty(name = "earlyhelp.web.front-door-agency", defaultValue = "northshire-childrens-social-care")
    String frontDoorAgency;

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    public String getName() {
        if (!isSignedIn()) {
            return "";
        }
        String name = idToken.getClaim("name");
        return name == null || name.isBlank() ? identity.getPrincipal().getName() : name;
    }

    /** The agency code from the token's {@code organization} claim (its one key), or empty. */
    public String getAgency() {
        if (!isSignedIn()) {
            return "";
        }
        Object organisations = idToken.getClaim("organization");
        if (organisations instanceof Map<?, ?> map && !map.isEmpty()) {
            return String.valueOf(map.keySet().iterator().next());
        }
        if (organisations instanceof jakarta.json.JsonObject object && !object.isEmpty()) {
            return object.keySet().iterator().next();
        }
        return "";
    }

    public Set<String> getRoles() {
        return identity.getRoles();
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }

    public boolean isPractitioner() {
        return has("practitioner");
    }

    public boolean isHub() {
        return has("hub-triage");
    }

    public boolean isCaseLead() {
        return has("case-lead");
    }

    public boolean isDirectoryAdmin() {
        return has("directory-admin");
    }

    /**
     * Staff of children's social care's front door, whose inbox holds the hub's hand-overs: the agency referral-service
     * hands over to ({@code earlyhelp.hand-over.front-door-agency} there), named here for the link to the inbox.
     */
    public boolean isFrontDoor() {
        return isPractitioner() && frontDoorAgency.equals(getAgency());
    }

    public boolean isAuditor() {
        return has("auditor");
    }
}
