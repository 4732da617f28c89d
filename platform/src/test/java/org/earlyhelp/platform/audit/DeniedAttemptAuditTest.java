package org.earlyhelp.platform.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.platform.test.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * A refused attempt stays in the audit trail although the request fails and its transaction
 * rolls back; what the request recorded as done in that transaction goes with it.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class DeniedAttemptAuditTest {

    private static Tokens schoolWorker() {
        return Tokens.user("ms.patel").agency("northshire-school", "school").roles("practitioner");
    }

    private static Tokens policeOfficer() {
        return Tokens.user("pc.hughes").agency("northshire-police", "police").roles("practitioner");
    }

    @Test
    void aRefusedShareIsAuditedAlthoughTheRequestFails() {
        UUID record = UUID.randomUUID();
        UUID person = UUID.randomUUID();

        given().header("Authorization", schoolWorker().bearer()).header("X-Request-Id", "req-denied-1")
                .queryParam("person", person)
                .when().post("/api/guarded-records/{id}/share", record)
                .then().statusCode(404);

        trailOf(record)
                .body("total", equalTo(1))
                .body("items[0].action", equalTo("share"))
                .body("items[0].outcome", equalTo("denied"))
                .body("items[0].userId", equalTo(Tokens.subjectOf("ms.patel")))
                .body("items[0].username", equalTo("ms.patel"))
                .body("items[0].agency", equalTo("northshire-school"))
                .body("items[0].roles", contains("practitioner"))
                .body("items[0].personIds", contains(person.toString()))
                .body("items[0].purpose", equalTo("consent"))
                .body("items[0].requestId", equalTo("req-denied-1"));
    }

    @Test
    void aSuccessfulShareIsAuditedWithItsTransaction() {
        UUID record = UUID.randomUUID();

        given().header("Authorization", policeOfficer().bearer())
                .queryParam("person", UUID.randomUUID())
                .when().post("/api/guarded-records/{id}/share", record)
                .then().statusCode(204);

        trailOf(record)
                .body("total", equalTo(2))
                .body("items.action", contains("share", "read"))
                .body("items.outcome", contains("success", "success"));
    }

    private static ValidatableResponse trailOf(UUID record) {
        return given().header("Authorization", Callers.auditorToken().bearer())
                .queryParam("resourceType", GuardedRecordResource.TYPE)
                .queryParam("resourceId", record)
                .when().get("/api/audit/test")
                .then().statusCode(200);
    }
}
