package org.earlyhelp.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The referral API's document is complete enough for a partner to build on without reading the code: every operation
 * says what it does, what it takes (with an example body) and answers (the referral's schema included), every status
 * it can answer, the headers it needs, and lists are pages with their paging parameters.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ReferralApiDocumentTest {

    private static final List<String> REFERRAL_PATHS = List.of("/api/referrals", "/api/onward-referrals", "/api/alerts",
            "/api/triage-queue");

    private JsonPath document;

    @BeforeEach
    void read() {
        document = given().accept("application/json").when().get("/openapi/referral").then().statusCode(200).extract().jsonPath();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationSaysWhatItDoesInItsOwnWords() {
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        paths.forEach((path, operations) -> operations.forEach((method, value) -> {
            if (!(value instanceof Map<?, ?> operation) || REFERRAL_PATHS.stream().noneMatch(path::startsWith)) {
                return;
            }
            String where = method + " " + path;
            String summary = (String) operation.get("summary");
            assertThat(summary).as(where + " summary").isNotBlank();
            // Without a description of its own, the platform writes the summary again followed by the roles.
            assertThat((String) operation.get("description")).as(where + " description").isNotBlank()
                    .doesNotStartWith(summary + ".");
            assertThat((List<String>) operation.get("tags")).as(where + " tags").noneMatch(tag -> tag.endsWith("Resource"));
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            assertThat(responses.keySet()).as(where).anyMatch(code -> code.startsWith("2"));
            if (operation.get("requestBody") instanceof Map<?, ?> body) {
                Map<String, Object> json = (Map<String, Object>) ((Map<String, Object>) body.get("content")).get("application/json");
                assertThat((Map<String, Object>) json.get("examples")).as(where + " request examples").isNotEmpty();
                assertThat(responses).as(where).containsKeys("413", "415");
            }
            List<Map<String, Object>> parameters = operation.get("parameters") == null ? List.of()
                    : (List<Map<String, Object>>) operation.get("parameters");
            if (parameters.stream().anyMatch(parameter -> "If-Match".equals(parameter.get("name")))) {
                assertThat(parameters).as(where + " If-Match").filteredOn(parameter -> "If-Match".equals(parameter.get("name")))
                        .allMatch(parameter -> Boolean.TRUE.equals(parameter.get("required")));
                assertThat(responses).as(where).containsKeys("412", "428");
            }
            if (path.contains("{")) {
                assertThat(responses).as(where).containsKey("404");
            }
        }));
    }

    @Test
    void submittingAReferralCreatesItWithItsLocationAndHonoursAnIdempotencyKey() {
        String submit = "paths.'/api/referrals'.post";
        assertThat(document.getMap(submit + ".responses")).containsKeys("201", "400", "401", "403", "422", "429")
                .doesNotContainKey("200");
        assertThat(document.getMap(submit + ".responses.'201'.headers")).containsKeys("Location", "ETag");
        assertThat(document.getString(submit + ".responses.'201'.content.'application/json'.schema.$ref")).endsWith("/ReferralView");
        assertThat(document.getList(submit + ".parameters.name", String.class)).contains("Idempotency-Key");
        assertThat(document.getMap(submit + ".requestBody.content.'application/json'.examples")).containsKeys("school-attendance",
                "unborn-child");
    }

    @Test
    void theReferralItselfHasASchema() {
        String read = "paths.'/api/referrals/{id}'.get.responses.'200'";
        assertThat(document.getString(read + ".content.'application/json'.schema.$ref")).endsWith("/ReferralView");
        assertThat(document.getMap(read + ".headers")).containsKey("ETag");
        assertThat(document.getMap("components.schemas.ReferralView.properties")).containsKeys("id", "status", "children",
                "concerns", "version");
        for (String decision : List.of("accept", "escalate", "close-with-no-further-action", "withdraw", "triage", "signpost")) {
            String path = "paths.'/api/referrals/{id}/" + decision + "'.post.responses";
            assertThat(document.getString(path + ".'200'.content.'application/json'.schema.$ref")).as(decision).endsWith("/ReferralView");
            assertThat(document.getMap(path)).as(decision).containsKeys("404", "409", "412", "428");
        }
    }

    @Test
    void listsArePagesWithTheirPagingParameters() {
        for (String list : List.of("/api/referrals", "/api/referrals/{id}/history", "/api/referrals/{id}/matches", "/api/triage-queue",
                "/api/alerts", "/api/onward-referrals")) {
            String get = "paths.'" + list + "'.get";
            assertThat(document.getList(get + ".parameters.name", String.class)).as(list).contains("page", "size");
            String schema = document.getString(get + ".responses.'200'.content.'application/json'.schema.$ref");
            assertThat(schema).as(list).contains("/Page");
            String name = schema.substring(schema.lastIndexOf('/') + 1);
            assertThat(document.getMap("components.schemas." + name + ".properties")).as(list).containsKeys("items", "page", "size",
                    "total");
        }
    }

    @Test
    void actionPathsAreVerbs() {
        Map<String, Object> paths = document.getMap("paths");
        assertThat(paths).containsKey("/api/onward-referrals/{id}/check-consent").doesNotContainKey("/api/onward-referrals/{id}/consent-check")
                .containsKey("/api/referrals/{id}/close-with-no-further-action").doesNotContainKey("/api/referrals/{id}/no-further-action");
    }
}
