package org.earlyhelp.consent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
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
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * The consent table of {@code docs/access.md} (copied in this service's README), row by row: a
 * caller of each role in each relationship to a child, against every consent, lawful basis and
 * sharing decision operation and the feed. The child was referred by Northshire Police in
 * Eastmere; Northshire Health Visiting leads its case; BrightStart is on the team; Northshire
 * Recovery received an onward referral. The police recorded a consent and asked a decision that
 * rests on it; the hub's triage recorded a lawful basis and asked a decision that rests on it.
 *
 * <p>List columns hold the total the caller sees for {@code ?person=<child>}, or the refusal status.
 */
@QuarkusTest
@WithTestResource(org.earlyhelp.platform.test.PostgresTestResource.class)
@WithTestResource(org.earlyhelp.platform.test.OidcTestServer.class)
class ConsentAccessTableTest {

    @Inject
    ParticipationFixture participation;

    private UUID child;
    private UUID consent;
    private String lawfulBasis;
    private String decision;

    @BeforeEach
    void theChildsWorkAndItsRecords() {
        child = UUID.randomUUID();
        participation.referralSubmitted(child, "northshire-police");
        UUID caseId = participation.caseOpened(child, "northshire-health-visiting");
        participation.caseMemberAdded(caseId, child, "brightstart-family-support");
        participation.onwardReferralSent(child, "northshire-recovery");

        consent = ConsentApi.recorded(Staff.policeOfficer(), Consents.parentalConsentFor(child));
        decision = ConsentApi.decide(Staff.policeOfficer(), Questions.charityJoiningTeam(child)).statusCode(201)
                .body("outcome", equalTo("permit")).extract().path("id");
        lawfulBasis = post(Staff.hubTriageOf("eastmere"), "/api/lawful-bases", lawfulBasisFor(child)).statusCode(201)
                .extract().path("id");
        ConsentApi.decide(Staff.hubTriageOf("eastmere"), Questions.question(child, "dwp-northshire", "onward-referral", "identity"))
                .statusCode(201).body("basis.lawfulBasisId", equalTo(lawfulBasis));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # who (relationship, role)          | read | versions | fhir | list | basis | bases | decision | decisions | ask about                  | ask | record | record basis | amend | withdraw | feed
              referrer, practitioner            | 200  | 200      | 200  | 1    | 404   | 0     | 200      | 2         | brightstart-family-support | 201 | 201    | 403          | 200   | 200      | 1
              lead, case lead                   | 200  | 200      | 200  | 1    | 200   | 1     | 200      | 2         | brightstart-family-support | 201 | 201    | 201          | 200   | 200      | 1
              team, practitioner                | 200  | 200      | 200  | 1    | 404   | 0     | 200      | 2         | brightstart-family-support | 201 | 201    | 403          | 200   | 200      | 1
              receiver, practitioner            | 200  | 200      | 200  | 1    | 404   | 0     | 200      | 2         | brightstart-family-support | 201 | 201    | 403          | 200   | 200      | 1
              hub of the area, hub triage       | 200  | 200      | 200  | 1    | 200   | 1     | 200      | 2         | brightstart-family-support | 201 | 201    | 201          | 200   | 200      | 1
              hub of another area, hub triage   | 404  | 404      | 404  | 0    | 404   | 0     | 404      | 0         | brightstart-family-support | 404 | 404    | 404          | 404   | 404      | 0
              none, case lead                   | 404  | 404      | 404  | 0    | 404   | 0     | 404      | 0         | brightstart-family-support | 404 | 404    | 404          | 404   | 404      | 0
              none, practitioner                | 404  | 404      | 404  | 0    | 404   | 0     | 404      | 0         | brightstart-family-support | 404 | 404    | 403          | 404   | 404      | 0
              hub agency, practitioner          | 404  | 404      | 404  | 0    | 404   | 0     | 404      | 1         | brightstart-family-support | 404 | 404    | 403          | 404   | 404      | 0
              hub agency, directory admin       | 403  | 403      | 403  | 403  | 403   | 403   | 403      | 403       | brightstart-family-support | 403 | 403    | 403          | 403   | 403      | 0
              hub agency, auditor               | 200  | 200      | 200  | 1    | 200   | 1     | 200      | 2         | brightstart-family-support | 403 | 403    | 403          | 403   | 403      | 0
              referrer, partner system          | 403  | 403      | 403  | 403  | 403   | 403   | 200      | 403       | northshire-police          | 201 | 403    | 403          | 403   | 403      | 0
              referrer, partner system, other   | 403  | 403      | 403  | 403  | 403   | 403   | 200      | 403       | brightstart-family-support | 404 | 403    | 403          | 403   | 403      | 0
              team, partner system              | 403  | 403      | 403  | 403  | 403   | 403   | 404      | 403       | brightstart-family-support | 201 | 403    | 403          | 403   | 403      | 0
              none, partner system              | 403  | 403      | 403  | 403  | 403   | 403   | 404      | 403       | dwp-northshire             | 404 | 403    | 403          | 403   | 403      | 0
              case-service, sharing-recheck     | 403  | 403      | 403  | 403  | 403   | 403   | 403      | 403       | brightstart-family-support | 201 | 403    | 403          | 403   | 403      | 1
            """)
    void eachCallerSeesAndDoesExactlyWhatTheTableSays(String who, int read, int versions, int fhir, int list, int basis,
            int bases, int readDecision, int decisions, String askAbout, int ask, int record, int recordBasis, int amend,
            int withdraw, int feed) {
        Tokens caller = caller(who);

        get(caller, "/api/consents/" + consent).statusCode(read);
        get(caller, "/api/consents/" + consent + "/versions").statusCode(versions);
        get(caller, "/api/consents/" + consent + "/fhir").statusCode(fhir);
        listed(caller, "/api/consents", list);
        get(caller, "/api/lawful-bases/" + lawfulBasis).statusCode(basis);
        listed(caller, "/api/lawful-bases", bases);
        get(caller, "/api/sharing-decisions/" + decision).statusCode(readDecision);
        listed(caller, "/api/sharing-decisions", decisions);
        assertThat(EventFeed.about(caller, "consent.recorded", consent)).as("consent.recorded on the feed").hasSize(feed);

        ConsentApi.decide(caller, Questions.question(child, askAbout, "team-around-family", "identity")).statusCode(ask);
        ConsentApi.record(caller, Consents.parentalConsentFor(child)).statusCode(record);
        post(caller, "/api/lawful-bases", lawfulBasisFor(child)).statusCode(recordBasis);
        given().header("Authorization", caller.bearer()).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Consents.parentalConsentFor(child).body()).when().put("/api/consents/" + consent).then().statusCode(amend);
        ConsentApi.withdraw(caller, consent, null).statusCode(withdraw);
    }

    private static Tokens caller(String who) {
        return switch (who) {
            case "referrer, practitioner" -> Staff.policeOfficer();
            case "lead, case lead" -> Staff.healthVisitorLead();
            case "team, practitioner" -> Staff.charityWorker();
            case "receiver, practitioner" -> Staff.recoveryWorker();
            case "hub of the area, hub triage" -> Staff.hubTriageOf("eastmere");
            case "hub of another area, hub triage" -> Staff.hubTriageOf("kingsfold");
            case "none, case lead" -> Staff.mentalHealthLead();
            case "none, practitioner" -> Staff.schoolPractitioner();
            case "hub agency, practitioner" -> Staff.hubPractitioner();
            case "hub agency, directory admin" -> Staff.hubDirectoryAdmin();
            case "hub agency, auditor" -> Staff.auditor();
            case "referrer, partner system", "referrer, partner system, other" -> Staff.policeSystem();
            case "team, partner system" -> Staff.charitySystem();
            case "none, partner system" -> Staff.dwpSystem();
            case "case-service, sharing-recheck" -> Staff.sharingRecheck();
            default -> throw new IllegalArgumentException(who);
        };
    }

    /** A list about the child: the total seen, or (401, 403) the refusal. */
    private void listed(Tokens caller, String path, int expected) {
        ValidatableResponse response = given().header("Authorization", caller.bearer()).queryParam("person", child)
                .when().get(path).then();
        if (expected == 401 || expected == 403) {
            response.statusCode(expected);
        } else {
            response.statusCode(200).body("total", equalTo(expected)).body("items.size()", equalTo(expected));
        }
    }

    private static ValidatableResponse get(Tokens caller, String path) {
        return as(caller).when().get(path).then();
    }

    private static ValidatableResponse post(Tokens caller, String path, Object body) {
        return as(caller).contentType(ContentType.JSON).body(body).when().post(path).then();
    }

    private static RequestSpecification as(Tokens caller) {
        return given().header("Authorization", caller.bearer());
    }

    static Map<String, Object> lawfulBasisFor(UUID person) {
        return Map.of("personId", person.toString(), "kind", "risk-of-significant-harm",
                "justification", "The police report a risk of significant harm at home; the family is not to be told yet.",
                "decidedBy", Map.of("name", "Jo Patel"), "purposes", List.of("onward-referral"),
                "recipientAgencies", List.of("dwp-northshire"), "dataCategories", List.of("identity"));
    }
}
