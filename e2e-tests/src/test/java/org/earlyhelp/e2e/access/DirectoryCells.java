package org.earlyhelp.e2e.access;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.earlyhelp.e2e.Agency;
import org.earlyhelp.e2e.Directory;
import org.earlyhelp.e2e.Gateway;
import org.earlyhelp.e2e.Login;

import io.restassured.response.Response;

/**
 * Directory organisations through the admin API: own = the organisation linked to the agency;
 * participant = the one linked to the next agency (whose service the agency's referrals are
 * signposted to, see {@link OnwardReferralCells}); unrelated = the one after that.
 */
final class DirectoryCells extends ResourceCells {

    @Override
    String name() {
        return "directory";
    }

    @Override
    Fixture make(Relationship relationship, Agency agency) {
        Agency linked = switch (relationship) {
            case OWN -> agency;
            case PARTICIPANT -> agency.next();
            case UNRELATED -> agency.next().next();
        };
        return new Fixture(Directory.of(linked).organizationId(), null, null);
    }

    @Override
    Outcome perform(String action, Login caller, Fixture organization) {
        return switch (action) {
            case "read" -> Requests.get(caller, "/api/directory/organizations/{id}", organization.id());
            case "list" -> exported(caller, organization);
            case "change" -> changed(caller, organization);
            default -> throw unknown(name(), action);
        };
    }

    /** The export lists every service; the organisation is listed when one of its services is. */
    private static Outcome exported(Login caller, Fixture organization) {
        Response response = Gateway.as(caller).when().get("/api/directory/export");
        if (response.statusCode() != 200) {
            return Outcome.list(response.statusCode(), false, response.asString());
        }
        List<String> organizations = response.jsonPath().getList("organization_id");
        return Outcome.list(200, organizations.contains(organization.id().toString()), null);
    }

    /** The admin's current version of the organisation, then the caller's PUT of it with a reviewed description. */
    private static Outcome changed(Login caller, Fixture organization) {
        Response current = Gateway.as(Login.ADMIN_DIRECTORY).when().get("/api/directory/organizations/{id}", organization.id());
        current.then().statusCode(200);
        List<Map<String, Object>> identifiers = current.jsonPath().getList("organizationIdentifiers");
        Optional<Object> agency = identifiers == null ? Optional.empty() : identifiers.stream()
                .filter(identifier -> "EARLYHELP-AGENCY".equals(identifier.get("identifierScheme")))
                .map(identifier -> identifier.get("identifier")).findFirst();
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("name", current.path("name"));
        form.put("description", "Reviewed by the directory team.");
        for (String kept : List.of("email", "website")) {
            Object value = current.path(kept);
            if (value != null) {
                form.put(kept, value);
            }
        }
        agency.ifPresent(code -> form.put("agencyCode", code));
        return Requests.outcome(Gateway.as(caller).header("If-Match", current.header("ETag")).body(form)
                .when().put("/api/directory/organizations/{id}", organization.id()));
    }
}
