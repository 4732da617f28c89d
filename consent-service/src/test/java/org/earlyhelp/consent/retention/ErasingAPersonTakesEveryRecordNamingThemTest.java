package org.earlyhelp.consent.retention;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.earlyhelp.consent.ConsentApi.recorded;
import static org.earlyhelp.consent.retention.Retention.assertAuditChainVerifies;
import static org.earlyhelp.consent.retention.Retention.count;

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
import org.earlyhelp.platform.dataprotection.Erasure;
import org.earlyhelp.platform.test.ClearTextScan;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Erasing a person (the platform's {@link Erasure#erasePerson}, which the data protection officer's erasure runs) takes
 * every consent, lawful basis and sharing decision recorded under any id the person is known by, in one transaction,
 * whichever order the rules come in (a decision and the consent it rests on go together); another child's records stay.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ErasingAPersonTakesEveryRecordNamingThemTest {

    @Inject
    ParticipationFixture participation;
    @Inject
    Erasure erasure;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    PersonalData personalData;

    @Test
    void everyRecordUnderEitherIdGoesAndTheSiblingsStay() throws Exception {
        String marker = "Ze" + UUID.randomUUID().toString().substring(0, 10);
        UUID child = UUID.randomUUID();
        UUID minted = UUID.randomUUID();
        UUID sibling = UUID.randomUUID();
        participation.referralSubmitted(child, "northshire-police");
        UUID schoolsReferral = participation.referralSubmitted(minted, "eastmere-academy");
        participation.personLinked(schoolsReferral, "eastmere-academy", minted, child);
        participation.referralSubmitted(sibling, "northshire-police");
        UUID consent = recorded(Staff.hubTriage(), Consents.onwardReferralConsentFor(child).with("personName", "Riley " + marker));
        UUID underMinted = recorded(Staff.schoolPractitioner(), Consents.parentalConsentFor(minted).with("personName", "Riley " + marker));
        String basis = given().header("Authorization", Staff.hubTriage().bearer()).contentType(ContentType.JSON)
                .body(Map.of("personId", minted.toString(), "kind", "risk-of-significant-harm", "justification", "Found alone " + marker,
                        "decidedBy", Map.of("name", "Jo Patel"), "purposes", List.of("team-around-family"),
                        "recipientAgencies", List.of("brightstart-family-support"), "dataCategories", List.of("identity")))
                .when().post("/api/lawful-bases").then().statusCode(201).extract().path("id");
        String decision = given().header("Authorization", Staff.hubTriage().bearer()).contentType(ContentType.JSON)
                .body(Questions.drugServiceReferral(child)).when().post("/api/sharing-decisions").then().statusCode(201)
                .extract().path("id");
        UUID siblings = recorded(Staff.hubTriage(), Consents.onwardReferralConsentFor(sibling).with("personName", "Sibling " + marker));

        List<ErasableRecord> erased = QuarkusTransaction.requiringNew()
                .call(() -> erasure.erasePerson(minted, "The family asked", "erasure-request:dpo.reid"));

        assertThat(erased).extracting(ErasableRecord::recordId)
                .containsExactlyInAnyOrder(consent.toString(), underMinted.toString(), basis, decision);
        assertThat(ClearTextScan.tablesHolding(dataSource, personalData::open, "Riley " + marker)).isEmpty();
        assertThat(ClearTextScan.tablesHolding(dataSource, personalData::open, "Found alone " + marker)).isEmpty();
        assertThat(ClearTextScan.tablesHolding(dataSource, personalData::open, "Sibling " + marker)).containsKeys("consent");
        assertThat(count(dataSource, "select count(*) from erasure_tombstone where cause = 'erasure-request'"
                + " and erased_by = 'erasure-request:dpo.reid' and reason is not null and record_id in (?, ?, ?, ?)",
                consent.toString(), underMinted.toString(), basis, decision)).isEqualTo(4);
        given().header("Authorization", Staff.hubTriage().bearer()).when().get("/api/consents/" + siblings).then().statusCode(200);
        assertAuditChainVerifies();
    }
}
