package org.earlyhelp.consent;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.earlyhelp.consent.participation.ParticipationFixture;
import org.earlyhelp.platform.test.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Who may do what, agency by role, about a child Northshire Police referred in Eastmere (so the
 * police take part, the hub's triage for Eastmere reaches the child, and nobody else does): 401
 * without a token, 403 for a role that may never do it, 404 for anyone without reach of the child
 * (a case lead's role is no reach; an auditor reads only consents a recorded decision rests on).
 */
@QuarkusTest
@WithTestResource(org.earlyhelp.platform.test.PostgresTestResource.class)
@WithTestResource(org.earlyhelp.platform.test.OidcTestServer.class)
class AccessMatrixTest {

    @Inject
    ParticipationFixture participation;

    private UUID child;
    private UUID consent;

    @BeforeEach
    void policeReferredTheChildAndRecordedConsent() {
        child = UUID.randomUUID();
        participation.referralSubmitted(child, "northshire-police");
        consent = ConsentApi.recorded(Staff.policeOfficer(), Consents.parentalConsentFor(child));
    }

    @ParameterizedTest(name = "{0}: read {1}, list {2}, record {3}, withdraw {4}, decide {5}, lawful basis {6}, audit {7}")
    @CsvSource(delimiter = '|', textBlock = """
            # who             | read | versions | record | withdraw | decide | lawful basis | audit trail
              nobody          | 401  | 401      | 401    | 401      | 401    | 401          | 401
              police officer  | 200  | 200      | 201    | 200      | 201    | 403          | 403
              charity worker  | 404  | 404      | 404    | 404      | 404    | 403          | 403
              hub triage      | 200  | 200      | 201    | 200      | 201    | 201          | 403
              case lead       | 404  | 404      | 404    | 404      | 404    | 404          | 403
              auditor         | 404  | 404      | 403    | 403      | 403    | 403          | 200
              police system   | 403  | 403      | 403    | 403      | 404    | 403          | 403
              charity system  | 403  | 403      | 403    | 403      | 404    | 403          | 403
            """)
    void eachCallerGetsExactlyItsAnswer(String who, int read, int versions, int record, int withdraw, int decide,
            int lawfulBasis, int auditTrail) {
        Tokens caller = caller(who);

        as(caller).when().get("/api/consents/" + consent).then().statusCode(read);
        as(caller).when().get("/api/consents/" + consent + "/versions").then().statusCode(versions);
        as(caller).contentType(ContentType.JSON).body(Consents.parentalConsentFor(child).body())
                .when().post("/api/consents").then().statusCode(record);
        as(caller).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/consents/" + consent + "/withdrawal").then().statusCode(withdraw);
        as(caller).contentType(ContentType.JSON).body(Questions.charityJoiningTeam(child))
                .when().post("/api/sharing-decisions").then().statusCode(decide);
        as(caller).contentType(ContentType.JSON).body(lawfulBasis(child))
                .when().post("/api/lawful-bases").then().statusCode(lawfulBasis);
        as(caller).when().get("/api/audit/consent").then().statusCode(auditTrail);
    }

    private static Tokens caller(String who) {
        return switch (who) {
            case "nobody" -> null;
            case "police officer" -> Staff.policeOfficer();
            case "charity worker" -> Staff.charityWorker();
            case "hub triage" -> Staff.hubTriage();
            case "case lead" -> Staff.healthVisitorLead();
            case "auditor" -> Staff.auditor();
            case "police system" -> Staff.policeSystem();
            case "charity system" -> Staff.charitySystem();
            default -> throw new IllegalArgumentException(who);
        };
    }

    private static RequestSpecification as(Tokens caller) {
        RequestSpecification request = given();
        return caller == null ? request : request.header("Authorization", caller.bearer());
    }

    private static Map<String, Object> lawfulBasis(UUID person) {
        return Map.of("personId", person.toString(), "kind", "risk-of-significant-harm",
                "justification", "Risk of significant harm to the child shown by a new referral.",
                "decidedBy", Map.of("name", "Jo Patel"), "purposes", java.util.List.of("team-around-family"),
                "recipientAgencyTypes", java.util.List.of("charity"), "dataCategories", java.util.List.of("identity"));
    }
}
