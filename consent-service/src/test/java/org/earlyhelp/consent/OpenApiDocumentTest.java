package org.earlyhelp.consent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** /openapi/consent documents every operation: a summary, its success and its problem responses. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class OpenApiDocumentTest {

    private static final List<String> OPERATIONS = List.of(
            "post /api/consents", "get /api/consents", "get /api/consents/{id}", "put /api/consents/{id}",
            "get /api/consents/{id}/fhir", "post /api/consents/{id}/withdraw", "get /api/consents/{id}/versions",
            "get /api/consents/{id}/versions/{version}", "post /api/lawful-bases", "get /api/lawful-bases",
            "get /api/lawful-bases/{id}", "post /api/sharing-decisions", "get /api/sharing-decisions",
            "get /api/sharing-decisions/{id}", "post /api/subject-access-requests", "post /api/subject-access-requests/{id}/person",
            "get /api/subject-access-requests/{id}", "get /api/subject-access-requests/{id}/bundle",
            "get /api/subject-access-requests/{id}/document", "post /api/people/{personId}/rectification",
            "get /api/people/{personId}/restriction", "post /api/people/{personId}/restriction",
            "post /api/people/{personId}/restriction/lift", "post /api/people/{personId}/erasure");

    @Test
    @SuppressWarnings("unchecked")
    void everyConsentOperationHasASummaryAndDocumentedProblems() {
        JsonPath document = given().accept("application/json").when().get("/openapi/consent")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = document.getMap("paths");

        for (String operation : OPERATIONS) {
            String[] parts = operation.split(" ");
            Map<String, Object> path = paths.get(parts[1]);
            assertThat(path).as(operation).isNotNull();
            Map<String, Object> spec = (Map<String, Object>) path.get(parts[0]);
            assertThat(spec).as(operation).isNotNull();
            assertThat((String) spec.get("summary")).as(operation + " summary").isNotBlank();
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) spec.get("responses");
            assertThat(responses).as(operation + " responses").containsKeys("401", "403");
            assertThat(responses.keySet()).as(operation).anyMatch(code -> code.startsWith("2"));
            Map<String, Object> content = (Map<String, Object>) responses.get("401").get("content");
            assertThat(content).as(operation + " problem content").containsKey("application/problem+json");
        }
        // Enums are documented by their wire codes, never by their Java names.
        assertThat(document.prettify()).contains("\"team-around-family\"", "\"police-information\"", "\"risk-of-significant-harm\"")
                .doesNotContain("TEAM_AROUND_FAMILY", "POLICE_INFORMATION", "RISK_OF_SIGNIFICANT_HARM");
    }
}
