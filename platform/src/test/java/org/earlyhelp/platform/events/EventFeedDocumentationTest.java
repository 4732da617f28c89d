package org.earlyhelp.platform.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The feed's contract is in the service's OpenAPI document, for partner-agency developers. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class EventFeedDocumentationTest {

    @Test
    void theOpenApiDocumentDescribesTheFeedItsParametersAndItsEvents() {
        given().queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/events/{context}'.get.parameters.name", containsInAnyOrder("context", "after", "limit", "wait"))
                .body("paths.'/api/events/{context}'.get.responses", hasKey("400"))
                .body("paths.'/api/events/{context}'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/EventFeedPage"))
                .body("components.schemas.EventFeedPage.required", containsInAnyOrder("events", "next"))
                .body("components.schemas.CloudEvent.properties", hasKey("cursor"))
                .body("components.schemas.CloudEvent.required", containsInAnyOrder("specversion", "id", "source", "type"));
    }
}
