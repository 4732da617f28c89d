package org.earlyhelp.cases.dataprotection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.earlyhelp.cases.Agencies;
import org.earlyhelp.cases.Api;
import org.earlyhelp.cases.StubNeighbours;
import org.earlyhelp.cases.consent.ConsentFeed;
import org.earlyhelp.cases.opening.ReferralFeed;
import org.earlyhelp.platform.crypto.PersonalData;
import org.earlyhelp.platform.test.ClearTextScan;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Erasures other services decided, as case-service follows them (decision 0062): {@code person.erased} from
 * consent-service erases every case naming the person, under any id a confirmed match links to them;
 * {@code record.erased} from referral-service drops what was projected from the referral, and leaves the case opened
 * from it.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
@WithTestResource(StubNeighbours.class)
class ErasureFollowedTest {

    @Inject
    ReferralFeed referrals;
    @Inject
    ConsentFeed consents;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    PersonalData personalData;

    @Test
    void aPersonErasedInConsentServiceTakesEveryCaseNamingThemUnderAnyIdTheyAreKnownBy() throws Exception {
        CaseFiles.Built open = CaseFiles.worked(referrals, LocalDate.of(2015, 1, 2));
        CaseFiles.Built other = CaseFiles.worked(referrals, LocalDate.of(2015, 1, 2));
        UUID knownAs = UUID.randomUUID();
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("referralId", UUID.randomUUID().toString());
        link.put("referringAgency", Agencies.POLICE);
        link.put("area", "eastmere");
        link.put("mintedPersonId", open.family().child.toString());
        link.put("personId", knownAs.toString());
        link.put("personIds", List.of(open.family().child.toString()));
        referrals.deliver("referral.person-linked", link);
        UUID request = UUID.randomUUID();

        consents.deliver("person.erased", knownAs, Map.of("personId", knownAs.toString(), "requestId", request.toString(),
                "requestedBy", "dpo.reid", "at", "2026-12-06T10:00:00Z"));

        assertThat(ClearTextScan.tablesHolding(dataSource, personalData::open, open.marker())).isEmpty();
        Api.read(Agencies.healthVisitorLead(), open.caseId()).statusCode(404);
        Api.read(Agencies.healthVisitorLead(), other.caseId()).statusCode(200);
        ErasureEvidence.assertErased(dataSource, "early-help-case", open.caseId(), "erasure-request",
                List.of(open.family().child, open.family().parent));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement tombstone = connection.prepareStatement(
                        "select erased_by, reason from erasure_tombstone where record_id = ?");
                PreparedStatement links = connection.prepareStatement(
                        "select count(*) from person_link where person_id = ? or minted_person_id = ?")) {
            tombstone.setString(1, open.caseId());
            try (ResultSet row = tombstone.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("erasure-request:dpo.reid");
                assertThat(personalData.open(row.getString(2))).isEqualTo("erasure request " + request);
            }
            links.setObject(1, knownAs);
            links.setObject(2, knownAs);
            try (ResultSet row = links.executeQuery()) {
                row.next();
                assertThat(row.getLong(1)).as("links naming the erased person").isZero();
            }
        }
    }

    @Test
    void aReferralErasedInReferralServiceLeavesNoProjectionButTheCaseOpenedFromItStays() throws Exception {
        CaseFiles.Built built = CaseFiles.open(referrals, LocalDate.of(2015, 1, 2));
        UUID knownAs = UUID.randomUUID();
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("referralId", built.family().referralId.toString());
        link.put("referringAgency", Agencies.POLICE);
        link.put("area", "eastmere");
        link.put("mintedPersonId", built.family().parent.toString());
        link.put("personId", knownAs.toString());
        link.put("personIds", List.of(built.family().parent.toString()));
        referrals.deliver("referral.person-linked", link);
        assertThat(count("select count(*) from seen_referral_person where referral_id = ?", built.family().referralId)).isEqualTo(2);

        Map<String, Object> erased = new LinkedHashMap<>();
        erased.put("recordType", "referral-led-nowhere");
        erased.put("recordId", built.family().referralId.toString());
        erased.put("personIds", List.of(built.family().child.toString(), built.family().parent.toString()));
        erased.put("cause", "retention");
        referrals.deliver("record.erased", erased);

        assertThat(count("select count(*) from seen_referral where referral_id = ?", built.family().referralId)).isZero();
        assertThat(count("select count(*) from seen_referral_person where referral_id = ?", built.family().referralId)).isZero();
        assertThat(count("select count(*) from person_link where referral_id = ?", built.family().referralId)).isZero();
        assertThat(count("select count(*) from same_person where same_as = ?", knownAs)).isZero();
        Api.read(Agencies.healthVisitorLead(), built.caseId()).statusCode(200).body("family", hasSize(2));
        assertThat(ClearTextScan.tablesHolding(dataSource, personalData::open, built.marker())).containsKey("case_person")
                .doesNotContainKey("seen_referral_person");
    }

    private long count(String sql, UUID id) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, id);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
