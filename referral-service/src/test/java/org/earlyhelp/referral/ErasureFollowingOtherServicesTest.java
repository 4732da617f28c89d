package org.earlyhelp.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.earlyhelp.cases.contract.CaseFeed;
import org.earlyhelp.consent.contract.ConsentFeed;
import org.earlyhelp.platform.crypto.PersonalData;
import org.earlyhelp.platform.dataprotection.RecordErased;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.referral.events.CaseFeedDelivery;
import org.earlyhelp.referral.events.ConsentFeedDelivery;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Issue 28 point 1 (decision 0062): a referral accepted into a case is kept as its case and goes when case-service's
 * feed says the case was erased; a person a data protection officer erases (consent-service's {@code person.erased})
 * goes from every referral naming them here, under any id a confirmed match links to theirs.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ErasureFollowingOtherServicesTest {

    @Inject
    CaseFeedDelivery caseFeed;

    @Inject
    ConsentFeedDelivery consentFeed;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PersonalData personalData;

    private static String accepted(String surname, String born, String reason) {
        String id = Api.submitted(Agencies.teacher(), Referrals.child("Jayden", surname).bornOn(born)
                .onlyConcern("housing", "The boiler failed, says " + surname, "medium").build());
        Api.act(Agencies.hubScreener(), id, "triage", null).statusCode(200);
        Api.consentToLead(id, Agencies.HEALTH_VISITING);
        Api.act(Agencies.hubScreener(), id, "accept", Map.of("leadAgency", Agencies.HEALTH_VISITING, "reason", reason))
                .statusCode(200);
        return id;
    }

    /** case-service opens a case from {@code referral}. */
    private UUID caseOpened(String referral) {
        UUID caseId = UUID.randomUUID();
        List<UUID> people = Api.read(Agencies.hubScreener(), referral).extract().jsonPath().getList("children.personId", String.class)
                .stream().map(UUID::fromString).toList();
        caseFeed.deliver(CaseFeed.Opened.TYPE, caseId, new CaseFeed.Opened(caseId, "EH-2026-" + caseId.toString().substring(0, 6),
                List.of(UUID.fromString(referral)), people, Agencies.HEALTH_VISITING, "eastmere"));
        return caseId;
    }

    @Test
    void aReferralAcceptedIntoACaseGoesWhenCaseServiceErasesTheCase() throws Exception {
        String marker = ReferralRetentionTest.marker();
        String referral = accepted(marker, ReferralRetentionTest.bornSomeDay(), "Health visiting knows " + marker);
        UUID caseId = caseOpened(referral);
        // A family member case-service added by hand: known to services from its feed, with the case.
        caseFeed.deliver(CaseFeed.PersonAdded.TYPE, caseId, new CaseFeed.PersonAdded(caseId, UUID.randomUUID(), "Donna", marker,
                null, "EM1 4AB", List.of(), Agencies.HEALTH_VISITING, List.of(), "eastmere"));
        String kept = ReferralRetentionTest.marker();
        String other = accepted(kept, ReferralRetentionTest.bornSomeDay(), "Health visiting knows them");
        caseOpened(other);

        caseFeed.deliver(RecordErased.TYPE, caseId, new RecordErased("early-help-case", caseId.toString(), List.of(),
                RecordErased.RETENTION));

        DataProtectionChecks.nowhere(dataSource, personalData, marker);
        DataProtectionChecks.stillKept(dataSource, personalData, kept);
        Api.read(Agencies.hubScreener(), referral).statusCode(404);
        Api.read(Agencies.hubScreener(), other).statusCode(200);
        DataProtectionChecks.tombstoned(dataSource, "referral-accepted-into-case", referral, RecordErased.RETENTION);
        assertThat(rows("select count(*) from family_case where case_id = ?", caseId)).isZero();
        assertThat(rows("select count(*) from family_case_person where case_id = ?", caseId)).isZero();

        // Delivered again (at-least-once), or about another service's record: nothing more happens and nothing fails.
        caseFeed.deliver(RecordErased.TYPE, caseId, new RecordErased("early-help-case", caseId.toString(), List.of(),
                RecordErased.RETENTION));
        caseFeed.deliver(RecordErased.TYPE, caseId, new RecordErased("consent-record", UUID.randomUUID().toString(), List.of(),
                RecordErased.RETENTION));
        caseFeed.deliver(RecordErased.TYPE, caseId, new RecordErased("early-help-case", "not-a-case", List.of(), RecordErased.RETENTION));
        Api.read(Agencies.hubScreener(), other).statusCode(200);
    }

    @Test
    void aPersonErasedInConsentServiceGoesFromEveryReferralNamingThemUnderAnyLinkedId() throws Exception {
        String marker = ReferralRetentionTest.marker();
        String born = ReferralRetentionTest.bornSomeDay();
        String first = Api.submitted(Agencies.teacher(), Referrals.child("Jayden", marker).bornOn(born)
                .member("Donna", marker, "1985-03-02", "mother").build());
        Api.act(Agencies.hubScreener(), first, "triage", null).statusCode(200);
        Api.act(Agencies.hubScreener(), first, "close-with-no-further-action", Map.of("reason", "Resolved, " + marker))
                .statusCode(200);
        String child = Hub.childOf(first);
        // The same child referred again, confirmed as known: the second referral's own id for him links to the first's.
        String again = Api.submitted(Agencies.policeOfficer(), Referrals.child("Jayden", marker).bornOn(born)
                .onlyConcern("crime", "Seen with older youths, " + marker, "medium").build());
        String mintedAgain = Hub.childOf(again);
        Hub.decide(again, Hub.matchId(again, child), "confirm").statusCode(200);
        Api.act(Agencies.hubScreener(), again, "triage", null).statusCode(200);
        Api.consentToLead(again, Agencies.HEALTH_VISITING);
        Api.act(Agencies.hubScreener(), again, "accept", Map.of("leadAgency", Agencies.HEALTH_VISITING, "reason", "Known"))
                .statusCode(200);
        String kept = ReferralRetentionTest.marker();
        String someoneElse = Api.submitted(Agencies.teacher(), Referrals.child("Mia", kept).build());

        UUID request = UUID.randomUUID();
        consentFeed.deliver(ConsentFeed.PersonErased.TYPE, UUID.fromString(mintedAgain),
                new ConsentFeed.PersonErased(UUID.fromString(mintedAgain), request, "dpo.reid", Instant.now()));

        DataProtectionChecks.nowhere(dataSource, personalData, marker);
        DataProtectionChecks.stillKept(dataSource, personalData, kept);
        Api.read(Agencies.hubScreener(), first).statusCode(404);
        Api.read(Agencies.hubScreener(), again).statusCode(404);
        Api.read(Agencies.hubScreener(), someoneElse).statusCode(200);
        DataProtectionChecks.tombstoned(dataSource, "referral-led-nowhere", first, RecordErased.ERASURE_REQUEST);
        DataProtectionChecks.tombstoned(dataSource, "referral-accepted-into-case", again, RecordErased.ERASURE_REQUEST);
        assertThat(rows("select count(*) from erasure_tombstone where record_id = ? and erased_by = 'erasure-request:dpo.reid'",
                first)).isEqualTo(1);
    }

    private long rows(String sql, Object parameter) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
