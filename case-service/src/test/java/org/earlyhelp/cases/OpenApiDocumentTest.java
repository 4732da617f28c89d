package org.earlyhelp.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** /openapi/case documents every case and caseload operation with a summary and a success response, enums by their wire codes. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
@WithTestResource(StubNeighbours.class)
class OpenApiDocumentTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasASummaryAndASuccessResponse() {
        JsonPath document = given().accept("application/json").when().get("/openapi/case").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Object>> paths = document.getMap("paths");

        assertThat(paths.keySet()).contains("/api/cases", "/api/cases/{id}", "/api/cases/{id}/members", "/api/cases/{id}/close",
                "/api/cases/{id}/transfers/{transferId}/accept", "/api/cases/{id}/supporting-families", "/api/caseload",
                "/api/caseload/actions", "/api/events/{context}", "/api/audit/{context}", "/api/cases/{id}/take-lead")
                .doesNotContain("/api/cases/{id}/lead-practitioner");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (!(operation instanceof Map<?, ?> spec) || !path.startsWith("/api/ca")) {
                return;
            }
            assertThat((String) spec.get("summary")).as(method + " " + path + " summary").isNotBlank();
            Map<String, Object> responses = (Map<String, Object>) spec.get("responses");
            assertThat(responses.keySet()).as(method + " " + path).anyMatch(code -> code.startsWith("2"));
        }));
        assertThat(document.prettify()).contains("\"needs-met\"", "\"domestic-abuse\"", "\"in-progress\"")
                .doesNotContain("NEEDS_MET", "DOMESTIC_ABUSE", "IN_PROGRESS");
    }
}
