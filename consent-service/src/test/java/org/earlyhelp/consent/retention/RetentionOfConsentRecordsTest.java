package org.earlyhelp.consent.retention;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.earlyhelp.consent.ConsentApi.withdraw;
import static org.earlyhelp.consent.retention.Retention.assertAuditChainVerifies;
import static org.earlyhelp.consent.retention.Retention.assertErasedForRetention;
import static org.earlyhelp.consent.retention.Retention.count;
import static org.earlyhelp.consent.retention.Retention.in;
import static org.earlyhelp.consent.retention.Retention.runUntilDone;

import java.sql.SQLException;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.earlyhelp.consent.Consents;
import org.earlyhelp.consent.Questions;
import org.earlyhelp.consent.Staff;
import org.earlyhelp.consent.participation.ParticipationFixture;
import org.earlyhelp.platform.crypto.PersonalData;
import org.earlyhelp.platform.dataprotection.ErasableRecord;
import org.earlyhelp.platform.dataprotection.RetentionJob;
import org.earlyhelp.platform.test.ClearTextScan;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * consent-service's retention schedule (decision 0061, issue 28 point 1), one record type per test: with the clock moved
 * past a record's date the job erases it from every table (searched for a unique marker, in clear or sealed), with its
 * events and stored responses, leaves a tombstone and an audit entry, announces {@code record.erased} and the audit
 * chain still verifies; a record not yet due stays.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class RetentionOfConsentRecordsTest {

    @Inject
    ParticipationFixture participation;
    @Inject
    RetentionJob retention;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    PersonalData personalData;

    private UUID child;
    private String marker;

    @BeforeEach
    void aChildReferredInTheHubsArea() {
        child = UUID.randomUUID();
        participation.referralSubmitted(child, "northshire-police");
        marker = "Zr" + UUID.randomUUID().toString().substring(0, 10);
    }

    @Test
    void aConsentGoesSixYearsAfterItEndedWithEveryVersionAndAnActiveOneStays() throws Exception {
        UUID withdrawn = recordConsent(Consents.parentalConsentFor(child).with("personName", "Riley " + marker)
                .with("grantor", Map.of("kind", "parent-with-parental-responsibility", "name", "Sam " + marker))
                .with("evidenceReference", "Signed form " + marker));
        withdraw(Staff.hubTriage(), withdrawn, "Mother withdrew by phone, " + marker).statusCode(200);
        UUID active = recordConsent(Consents.onwardReferralConsentFor(child).with("personName", "Kept " + marker));

        assertThat(retention.run(in(Period.ofYears(6).minusDays(1)), false).records())
                .as("not yet six years since it ended").extracting(ErasableRecord::recordId).doesNotContain(withdrawn.toString());
        List<ErasableRecord> erased = runUntilDone(retention, in(Period.ofYears(6).plusDays(1)));

        assertThat(erased).extracting(ErasableRecord::recordId).contains(withdrawn.toString()).doesNotContain(active.toString());
        assertThat(erased).filteredOn(record -> record.recordId().equals(withdrawn.toString()))
                .singleElement().satisfies(record -> assertThat(record.personIds()).containsExactly(child));
        assertThat(ClearTextScan.tablesHolding(dataSource, personalData::open, "Riley " + marker)).as("the erased consent").isEmpty();
        assertThat(ClearTextScan.tablesHolding(dataSource, personalData::open, "Sam " + marker)).as("its grantor").isEmpty();
        assertThat(ClearTextScan.tablesHolding(dataSource, personalData::open, "withdrew by phone, " + marker)).as("its reason").isEmpty();
        assertThat(ClearTextScan.tablesHolding(dataSource, personalData::open, "Kept " + marker)).as("the consent in force")
                .containsKeys("consent", "consent_version");
        assertErasedForRetention(dataSource, "consent-record", withdrawn);
        assertThat(runUntilDone(retention, in(Period.ofYears(60)))).extracting(ErasableRecord::recordId)
                .as("a consent in force is never due").doesNotContain(active.toString());
        given().header("Authorization", Staff.hubTriage().bearer()).when().get("/api/consents/" + withdrawn).then().statusCode(404);
        assertAuditChainVerifies();
    }

    @Test
    void aLawfulBasisGoesSixYearsAfterItWasRecordedOrItsValidityEndedWhicheverIsLater() throws Exception {
        String open = recordLawfulBasis("Open-ended " + marker, null);
        String lasting = recordLawfulBasis("Valid two years " + marker, in(Period.ofYears(2)));

        List<ErasableRecord> sixYearsOn = runUntilDone(retention, in(Period.ofYears(6).plusDays(1)));

        assertThat(sixYearsOn).extracting(ErasableRecord::recordId).contains(open).doesNotContain(lasting);
        assertThat(ClearTextScan.tablesHolding(dataSource, personalData::open, "Open-ended " + marker)).isEmpty();
        assertThat(ClearTextScan.tablesHolding(dataSource, personalData::open, "Valid two years " + marker)).containsOnlyKeys("lawful_basis");
        assertErasedForRetention(dataSource, "lawful-basis", open);

        assertThat(runUntilDone(retention, in(Period.ofYears(8).plusDays(1)))).extracting(ErasableRecord::recordId).contains(lasting);
        assertThat(ClearTextScan.tablesHolding(dataSource, personalData::open, "Valid two years " + marker)).isEmpty();
        assertErasedForRetention(dataSource, "lawful-basis", lasting);
        assertAuditChainVerifies();
    }

    @Test
    void aSharingDecisionGoesSixYearsAfterItWasTakenAndTheConsentItRestsOnWithIt() throws Exception {
        UUID consent = recordConsent(Consents.onwardReferralConsentFor(child).with("personName", "Decided " + marker));
        String decision = given().header("Authorization", Staff.hubTriage().bearer()).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(Questions.drugServiceReferral(child))
                .when().post("/api/sharing-decisions").then().statusCode(201).extract().path("id");
        withdraw(Staff.hubTriage(), consent, null).statusCode(200);

        assertThat(retention.run(in(Period.ofYears(5)), false).records()).extracting(ErasableRecord::recordId)
                .as("five years on").doesNotContain(decision, consent.toString());
        assertThat(count(dataSource, "select count(*) from sharing_decision where id = ?::uuid", decision)).isOne();
        List<ErasableRecord> erased = runUntilDone(retention, in(Period.ofYears(6).plusDays(1)));

        assertThat(erased).extracting(ErasableRecord::recordId).contains(decision, consent.toString());
        assertThat(count(dataSource, "select count(*) from sharing_decision where id = ?::uuid", decision)).isZero();
        assertThat(ClearTextScan.tablesHolding(dataSource, personalData::open, decision)).as("the decision's id, but in its tombstone,"
                + " its audit entries and record.erased").containsOnlyKeys("erasure_tombstone", "audit_event", "outbox");
        assertThat(ClearTextScan.tablesHolding(dataSource, personalData::open, "Decided " + marker)).isEmpty();
        assertErasedForRetention(dataSource, "sharing-decision", decision);
        assertErasedForRetention(dataSource, "consent-record", consent);
        assertAuditChainVerifies();
    }

    @Test
    void aDecisionIsStillRemovedByNothingButAnErasure() {
        recordConsent(Consents.onwardReferralConsentFor(child));
        String decision = given().header("Authorization", Staff.hubTriage().bearer()).contentType(ContentType.JSON)
                .body(Questions.drugServiceReferral(child)).when().post("/api/sharing-decisions").then().statusCode(201).extract().path("id");

        assertThatThrownBy(() -> count(dataSource,
                "with gone as (delete from sharing_decision where id = ?::uuid returning 1) select count(*) from gone", decision))
                .isInstanceOf(SQLException.class).hasMessageContaining("removed only by an erasure");
    }

    private UUID recordConsent(Consents consent) {
        return UUID.fromString(given().header("Authorization", Staff.hubTriage().bearer())
                .header("Idempotency-Key", UUID.randomUUID().toString()).contentType(ContentType.JSON).body(consent.body())
                .when().post("/api/consents").then().statusCode(201).extract().path("id"));
    }

    private String recordLawfulBasis(String justification, Instant validUntil) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("personId", child.toString(), "kind", "risk-of-significant-harm",
                "justification", justification,
                "decidedBy", Map.of("name", "Jo Patel", "role", "Early Help Hub team manager"),
                "purposes", List.of("onward-referral"), "recipientAgencies", List.of("northshire-recovery"),
                "dataCategories", List.of("identity", "concerns")));
        if (validUntil != null) {
            body.put("validUntil", validUntil.toString());
        }
        return given().header("Authorization", Staff.hubTriage().bearer()).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(body).when().post("/api/lawful-bases").then().statusCode(201).extract().path("id");
    }
}
