package org.earlyhelp.directory;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.platform.test.Tokens;
import org.earlyhelp.platform.test.fuzz.BadInputFuzzer;
import org.earlyhelp.platform.test.fuzz.Operation;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every operation of /openapi/directory, the public ORUK API and the admin API alike, sent
 * malformed in every way its schemas suggest: each answer is a 4xx problem that shows no
 * internals, and the demo directory is exactly as it was afterwards.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class GeneratedBadInputTest {

    @Inject
    DataSource dataSource;

    @Test
    void malformedRequestsAreRefusedWithProblemsAndChangeNothing() {
        String service = given().when().get("/oruk/services?per_page=1").then().statusCode(200).extract().path("contents[0].id");
        String location = given().header("Authorization", Callers.directoryAdmin()).when().get("/api/directory/services/" + service)
                .then().statusCode(200).extract().path("serviceAtLocations[0].location.id");

        BadInputFuzzer.ofService("directory-service", "directory")
                .caller(Callers.directoryAdmin())
                .caller("/oruk", null)
                .caller("/api/audit/", Tokens.user("auditor.dpo").agency("northshire-early-help", "local-authority").roles("auditor")
                        .bearer())
                .caller("/api/events/", Tokens.user("service-account-referral-service").agency("northshire-early-help",
                        "local-authority").roles("event-consumer").bearer())
                .baseline("post /api/directory/organizations", () -> Forms.organization("Fuzz Family Hub"))
                .baseline("put /api/directory/organizations/{id}", () -> Forms.organization("Fuzz Family Hub"))
                .baseline("post /api/directory/locations", () -> Forms.location("Fuzz Centre", 53.4, -2.2))
                .baseline("put /api/directory/locations/{id}", () -> Forms.location("Fuzz Centre", 53.4, -2.2))
                .baseline("post /api/directory/services", GeneratedBadInputTest::service)
                .baseline("put /api/directory/services/{id}", GeneratedBadInputTest::service)
                .baseline("put /api/directory/services/{id}/status", () -> Map.of("status", "inactive"))
                .baseline("post /api/directory/taxonomies", GeneratedBadInputTest::taxonomy)
                .baseline("put /api/directory/taxonomies/{id}", GeneratedBadInputTest::taxonomy)
                .baseline("post /api/directory/taxonomy-terms", GeneratedBadInputTest::term)
                .baseline("put /api/directory/taxonomy-terms/{id}", GeneratedBadInputTest::term)
                .baseline("post /api/directory/imports", List::of) // an empty feed: each variant brings nothing but its flaw
                .pathValues(operation -> realIds(operation, service, location))
                .database(dataSource)
                .assertClean();
    }

    /** Reads and If-Match-guarded replacements of real records. */
    private static Map<String, String> realIds(Operation operation, String service, String location) {
        String path = operation.path();
        if (operation.method().equals("POST")) {
            return Map.of();
        }
        if (path.contains("/organizations/")) {
            return Map.of("id", Forms.BRIGHTSTART);
        }
        if (path.contains("/taxonomies/")) {
            return Map.of("id", Forms.NEEDS_TAXONOMY);
        }
        if (path.contains("/taxonomy-terms/") || path.contains("/taxonomy_terms/")) {
            return Map.of("id", Forms.NEED_HOUSING);
        }
        if (path.contains("/locations/")) {
            return Map.of("id", location);
        }
        if (path.contains("/services/")) {
            return Map.of("id", service);
        }
        return Map.of();
    }

    private static Map<String, Object> service() {
        return Forms.service(Forms.BRIGHTSTART, "Fuzz Parenting Group").ages(0, 18).district("eastmere").term(Forms.NEED_HOUSING).build();
    }

    private static Map<String, Object> taxonomy() {
        return Map.of("name", "Fuzz needs", "description", "Needs a family may have", "uri", "https://example.org/needs",
                "version", "1");
    }

    private static Map<String, Object> term() {
        return Map.of("taxonomyId", Forms.NEEDS_TAXONOMY, "term", "fuzz-need", "name", "Fuzz need",
                "description", "A need for the fuzz test");
    }
}
