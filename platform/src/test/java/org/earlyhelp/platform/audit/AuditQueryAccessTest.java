package org.earlyhelp.platform.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.earlyhelp.platform.identity.Caller;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.platform.test.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * Auditors search this service's audit trail by person, agency, resource, user, action,
 * outcome and time, newest first and paged; nobody else reads it, and every reading and every
 * refused attempt is itself in the trail.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class AuditQueryAccessTest {

    @Inject
    AuditTrail audit;

    private final Caller police = Callers.practitioner("northshire-police");
    private final Caller school = Callers.practitioner("northshire-school");

    private UUID person;
    private UUID sibling;
    private String caseId;
    private long referralRead;
    private long caseUpdate;
    private long shareDenied;
    private long siblingRead;

    @BeforeEach
    void recordWhatPractitionersDid() {
        person = UUID.randomUUID();
        sibling = UUID.randomUUID();
        caseId = "case-" + UUID.randomUUID();
        referralRead = audit.record(AuditEntry.of(police).action(AuditAction.READ).resource("referral", UUID.randomUUID())
                .person(person).purpose("triage").build());
        caseUpdate = audit.record(AuditEntry.of(school).action(AuditAction.UPDATE).resource("case", caseId)
                .people(person, sibling).build());
        shareDenied = audit.record(AuditEntry.of(police).action(AuditAction.SHARE).resource("case", caseId)
                .person(person).outcome(AuditOutcome.DENIED).build());
        siblingRead = audit.record(AuditEntry.of(police).action(AuditAction.READ).resource("case", caseId)
                .person(sibling).build());
    }

    @Test
    void anAuditorFindsEveryEntryAboutAPersonNewestFirst() {
        JsonPath found = search(Map.of("person", person)).extract().jsonPath();

        assertThat(found.getLong("total")).isEqualTo(3);
        assertThat(found.getList("items.id", Long.class)).containsExactly(shareDenied, caseUpdate, referralRead);
        assertThat(found.getString("items[0].action")).isEqualTo("share");
        assertThat(found.getString("items[0].outcome")).isEqualTo("denied");
        assertThat(found.getString("items[0].agency")).isEqualTo("northshire-police");
        assertThat(found.getString("items[0].username")).isEqualTo(police.username());
        assertThat(found.getString("items[0].userId")).isEqualTo(police.userId());
        assertThat(found.getList("items[0].roles")).containsExactly("case-lead", "practitioner");
        assertThat(found.getString("items[0].resourceType")).isEqualTo("case");
        assertThat(found.getString("items[0].resourceId")).isEqualTo(caseId);
        assertThat(found.getList("items[0].personIds")).containsExactly(person.toString());
        assertThat(found.getString("items[0].occurredAt")).isNotBlank();
        assertThat(found.getString("items[2].purpose")).isEqualTo("triage");
        assertThat(found.getList("items[1].personIds")).containsExactly(person.toString(), sibling.toString());
    }

    @Test
    void searchingByPersonShowsWhoLookedThemUp() {
        search(Map.of("person", person));

        JsonPath found = search(Map.of("person", person)).extract().jsonPath();

        assertThat(found.getLong("total")).isEqualTo(4);
        assertThat(found.getString("items[0].resourceType")).isEqualTo(AuditReview.RESOURCE_TYPE);
        assertThat(found.getString("items[0].username")).isEqualTo(Callers.AUDITOR);
    }

    @Test
    void filtersNarrowTheSearch() {
        assertThat(ids(Map.of("person", person, "agency", "northshire-police"))).containsExactly(shareDenied, referralRead);
        assertThat(ids(Map.of("resourceType", "case", "resourceId", caseId))).containsExactly(siblingRead, shareDenied, caseUpdate);
        assertThat(ids(Map.of("resourceId", caseId, "action", "update"))).containsExactly(caseUpdate);
        assertThat(ids(Map.of("person", person, "outcome", "denied"))).containsExactly(shareDenied);
        assertThat(ids(Map.of("person", person, "user", school.userId()))).containsExactly(caseUpdate);
        assertThat(ids(Map.of("person", sibling, "resourceType", "case"))).containsExactly(siblingRead, caseUpdate);
    }

    @Test
    void aTimeRangeIncludesItsStartAndExcludesItsEnd() {
        String updatedAt = search(Map.of("resourceId", caseId, "action", "update")).extract().path("items[0].occurredAt");
        String siblingReadAt = search(Map.of("person", sibling, "action", "read")).extract().path("items[0].occurredAt");

        assertThat(ids(Map.of("resourceId", caseId, "from", updatedAt, "to", siblingReadAt)))
                .containsExactly(shareDenied, caseUpdate);
    }

    @Test
    void resultsComeInPagesWithTheTotal() {
        Map<String, Object> onTheCase = Map.of("resourceId", caseId, "size", 2);

        JsonPath first = search(onTheCase).extract().jsonPath();
        assertThat(first.getLong("total")).isEqualTo(3);
        assertThat(first.getInt("page")).isZero();
        assertThat(first.getInt("size")).isEqualTo(2);
        assertThat(first.getList("items.id", Long.class)).containsExactly(siblingRead, shareDenied);

        JsonPath second = search(Map.of("resourceId", caseId, "size", 2, "page", 1)).extract().jsonPath();
        assertThat(second.getLong("total")).isEqualTo(3);
        assertThat(second.getList("items.id", Long.class)).containsExactly(caseUpdate);

        assertThat(ids(Map.of("resourceId", caseId, "size", 2, "page", 2))).isEmpty();
    }

    @Test
    void readingTheTrailIsItselfInTheTrail() {
        search(Map.of("person", person));

        search(Map.of("resourceType", AuditReview.RESOURCE_TYPE, "person", person))
                .body("total", greaterThanOrEqualTo(1))
                .body("items[0].action", equalTo("list"))
                .body("items[0].resourceId", equalTo("test"))
                .body("items[0].username", equalTo(Callers.AUDITOR))
                .body("items[0].roles", contains("auditor"))
                .body("items[0].outcome", equalTo("success"));
    }

    @Test
    void aPractitionerMayNotReadTheTrailAndTheAttemptIsRecorded() {
        given().header("Authorization", Callers.practitionerToken().bearer())
                .queryParam("person", person)
                .when().get("/api/audit/test")
                .then().statusCode(403);
        given().header("Authorization", Callers.practitionerToken().bearer())
                .when().get("/api/audit/test/verify")
                .then().statusCode(403);

        search(Map.of("resourceType", AuditReview.RESOURCE_TYPE, "person", person, "outcome", "denied"))
                .body("total", equalTo(1))
                .body("items[0].username", equalTo(Callers.PRACTITIONER))
                .body("items[0].action", equalTo("list"));
        search(Map.of("resourceType", AuditReview.RESOURCE_TYPE, "user", Tokens.subjectOf(Callers.PRACTITIONER),
                "action", "verify", "outcome", "denied"))
                .body("total", greaterThanOrEqualTo(1));
    }

    @Test
    void withoutATokenTheTrailIsUnauthorized() {
        given().when().get("/api/audit/test").then().statusCode(401);
        given().when().get("/api/audit/test/verify").then().statusCode(401);
    }

    @Test
    void anotherServicesTrailIsNotFoundHere() {
        given().header("Authorization", Callers.auditorToken().bearer())
                .when().get("/api/audit/referral")
                .then().statusCode(404);
        given().header("Authorization", Callers.auditorToken().bearer())
                .when().get("/api/audit/referral/verify")
                .then().statusCode(404);
    }

    @Test
    void malformedFiltersAreBadRequests() {
        for (Map<String, ?> filters : List.<Map<String, ?>>of(
                Map.of("person", "not-a-uuid"),
                Map.of("outcome", "maybe"),
                Map.of("from", "yesterday"),
                Map.of("from", "2026-02-01T00:00:00Z", "to", "2026-01-01T00:00:00Z"),
                Map.of("size", 101),
                Map.of("page", -1))) {
            given().header("Authorization", Callers.auditorToken().bearer())
                    .queryParams(filters)
                    .when().get("/api/audit/test")
                    .then().statusCode(400);
        }
    }

    @Test
    void anAuditorVerifiesTheChainWhileTheScheduledSealerRuns() {
        given().header("Authorization", Callers.auditorToken().bearer())
                .when().get("/api/audit/test/verify")
                .then().statusCode(200)
                .body("valid", equalTo(true))
                .body("checked", greaterThanOrEqualTo(0))
                .body("unsealed", greaterThanOrEqualTo(0))
                .body("firstBroken", equalTo(null));
    }

    private static List<Long> ids(Map<String, ?> filters) {
        return search(filters).extract().jsonPath().getList("items.id", Long.class);
    }

    private static ValidatableResponse search(Map<String, ?> filters) {
        return given().header("Authorization", Callers.auditorToken().bearer())
                .queryParams(filters)
                .when().get("/api/audit/test")
                .then().statusCode(200);
    }
}
