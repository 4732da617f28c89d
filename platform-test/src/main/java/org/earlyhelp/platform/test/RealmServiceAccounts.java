package org.earlyhelp.platform.test;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The client-credentials accounts of the project's realm ({@code keycloak/early-help-realm.json}): for each client with
 * a service account, the token Keycloak issues it, with the account's realm roles and its Organization. A service under
 * test thus reads feeds and asks other services with the same roles and agency as in the running suite.
 */
final class RealmServiceAccounts {

    private RealmServiceAccounts() {
    }

    /** Client id → the token Keycloak would issue that client for client credentials. */
    record Account(String clientId, Tokens token) {
    }

    static List<Account> all() {
        JsonNode realm = RealmOrganizations.realm();
        List<Account> accounts = new ArrayList<>();
        for (JsonNode user : realm.path("users")) {
            String clientId = user.path("serviceAccountClientId").asText(null);
            if (clientId == null) {
                continue;
            }
            Tokens token = Tokens.serviceAccount(clientId);
            user.path("realmRoles").forEach(role -> token.roles(role.asText()));
            JsonNode organization = organizationOf(realm, user.path("username").asText());
            if (organization != null) {
                JsonNode attributes = organization.path("attributes");
                token.agency(organization.path("alias").asText(), attributes.path("agency_type").path(0).asText(null));
                List<String> areas = new ArrayList<>();
                attributes.path("areas").forEach(area -> areas.add(area.asText()));
                token.areas(areas.toArray(String[]::new));
            }
            accounts.add(new Account(clientId, token));
        }
        return accounts;
    }

    private static JsonNode organizationOf(JsonNode realm, String username) {
        for (JsonNode organization : realm.path("organizations")) {
            for (JsonNode member : organization.path("members")) {
                if (username.equals(member.path("username").asText())) {
                    return organization;
                }
            }
        }
        return null;
    }
}
