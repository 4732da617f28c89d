package org.earlyhelp.consent;

import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.earlyhelp.consent.participation.ParticipationFixture;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.platform.test.fuzz.JsonBodies;
import org.earlyhelp.platform.test.fuzz.ServerOwnedFields;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Mass assignment: what the service decides about a consent, a lawful basis or a sharing decision (id,
 * version, who recorded it and when, withdrawal and expiry, the outcome) cannot be set through
 * a request body. Each such field is refused with a 400 naming it, a status only the service
 * sets with a 422, and nothing is stored or changed.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ServerOwnedFieldsTest {

    @Inject
    DataSource dataSource;

    @Inject
    ParticipationFixture participation;

    @ParameterizedTest(name = "a new consent naming {0} = {1} is refused")
    @CsvSource(delimiter = '|', textBlock = """
            id           | "7d3c8f0e-6a55-4f8e-9a2b-1f0c2d3e4f5a"
            version      | 7
            recordedBy   | {"username": "someone.else", "agency": "northshire-police"}
            recordedAt   | "2020-01-01T00:00:00Z"
            updatedAt    | "2020-01-01T00:00:00Z"
            ended        | {"reason": "withdrawn", "at": "2020-01-01T00:00:00Z"}
            agency       | "northshire-police"
            createdBy    | "someone.else"
            createdAt    | "2020-01-01T00:00:00Z"
            """)
    void aNewConsentCannotSetWhatTheServiceDecides(String field, String value) {
        ServerOwnedFields.in(dataSource).refused(field,
                () -> send("POST", "/api/consents", null, JsonBodies.with(Consents.parentalConsentFor(UUID.randomUUID()).body(), field, value)));
    }

    @ParameterizedTest(name = "amending a consent naming {0} = {1} is refused")
    @CsvSource(delimiter = '|', textBlock = """
            id           | "7d3c8f0e-6a55-4f8e-9a2b-1f0c2d3e4f5a"
            version      | 99
            recordedBy   | {"username": "someone.else", "agency": "northshire-police"}
            recordedAt   | "2020-01-01T00:00:00Z"
            ended        | {"reason": "withdrawn", "at": "2020-01-01T00:00:00Z"}
            """)
    void anAmendmentCannotSetWhatTheServiceDecides(String field, String value) {
        UUID child = UUID.randomUUID();
        participation.referralSubmitted(child, "northshire-police");
        UUID consent = ConsentApi.recorded(Staff.hubTriage(), Consents.parentalConsentFor(child));
        String etag = ConsentApi.read(Staff.hubTriage(), consent).statusCode(200).extract().header("ETag");
        ServerOwnedFields.in(dataSource).refused(field,
                () -> send("PUT", "/api/consents/" + consent, etag, JsonBodies.with(Consents.parentalConsentFor(child).body(), field, value)));
        ConsentApi.read(Staff.hubTriage(), consent).statusCode(200).header("ETag", etag).body("status", equalTo("active"));
    }

    @ParameterizedTest(name = "a consent cannot be recorded or amended as {0}: that is the service's step")
    @ValueSource(strings = { "withdrawn", "expired" })
    void withdrawalAndExpiryAreNotForTheBodyToSay(String status) {
        UUID child = UUID.randomUUID();
        participation.referralSubmitted(child, "northshire-police");
        UUID consent = ConsentApi.recorded(Staff.hubTriage(), Consents.parentalConsentFor(child));
        String etag = ConsentApi.read(Staff.hubTriage(), consent).statusCode(200).extract().header("ETag");
        ServerOwnedFields owned = ServerOwnedFields.in(dataSource);

        owned.refusedWith(422, () -> send("POST", "/api/consents", null, Consents.parentalConsentFor(child).with("status", status).body()));
        owned.refusedWith(422, () -> send("PUT", "/api/consents/" + consent, etag,
                Consents.parentalConsentFor(child).with("status", status).body()));
        ConsentApi.read(Staff.hubTriage(), consent).statusCode(200).header("ETag", etag).body("status", equalTo("active"));
    }

    @ParameterizedTest(name = "a sharing question naming {0} = {1} is refused")
    @CsvSource(delimiter = '|', textBlock = """
            id           | "7d3c8f0e-6a55-4f8e-9a2b-1f0c2d3e4f5a"
            outcome      | "permit"
            reasons      | ["consent"]
            decidedAt    | "2020-01-01T00:00:00Z"
            askedBy      | "someone.else"
            basis        | {"lawfulBasisId": "7d3c8f0e-6a55-4f8e-9a2b-1f0c2d3e4f5a"}
            """)
    void aSharingQuestionCannotAnswerItself(String field, String value) {
        ServerOwnedFields.in(dataSource).refused(field,
                () -> send("POST", "/api/sharing-decisions", null, JsonBodies.with(Questions.charityJoiningTeam(UUID.randomUUID()), field, value)));
    }

    @ParameterizedTest(name = "a lawful basis naming {0} = {1} is refused")
    @CsvSource(delimiter = '|', textBlock = """
            id                | "7d3c8f0e-6a55-4f8e-9a2b-1f0c2d3e4f5a"
            recordedBy        | "someone.else"
            recordedByAgency  | "northshire-police"
            recordedAt        | "2020-01-01T00:00:00Z"
            version           | 7
            """)
    void aLawfulBasisCannotSayWhoRecordedIt(String field, String value) {
        Map<String, Object> basis = Map.of("personId", UUID.randomUUID().toString(), "kind", "risk-of-significant-harm",
                "justification", "A new police referral shows the baby is at risk of significant harm.",
                "decidedBy", Map.of("name", "Jo Patel", "role", "Early Help Hub team manager"),
                "purposes", java.util.List.of("onward-referral"), "recipientAgencies", java.util.List.of("northshire-recovery"),
                "dataCategories", java.util.List.of("identity", "concerns"));
        ServerOwnedFields.in(dataSource).refused(field,
                () -> send("POST", "/api/lawful-bases", null, JsonBodies.with(basis, field, value)));
    }

    private static ValidatableResponse send(String method, String path, String ifMatch, Map<String, Object> body) {
        return ServerOwnedFields.send(Staff.hubTriage().bearer(), method, path, ifMatch, body);
    }
}
