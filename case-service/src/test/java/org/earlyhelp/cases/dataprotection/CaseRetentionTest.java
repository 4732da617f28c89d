package org.earlyhelp.cases.dataprotection;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.inject.Inject;

import org.earlyhelp.cases.Agencies;
import org.earlyhelp.cases.Api;
import org.earlyhelp.cases.StubNeighbours;
import org.earlyhelp.cases.opening.ReferralFeed;
import org.earlyhelp.platform.crypto.PersonalData;
import org.earlyhelp.platform.dataprotection.RetentionJob;
import org.earlyhelp.platform.test.ClearTextScan;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A closed early help case goes when its youngest child has turned 25 and six years have passed since it closed
 * (decision 0061): the case and everything kept about it (family, team, needs, plan, notes, reviews, transfers,
 * history, the referral it came from as this service saw it, its events) leave every table; a tombstone and an audit
 * entry stay, the audit chain still verifies, and {@code record.erased} tells consumers. A case not yet due stays.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
@WithTestResource(StubNeighbours.class)
class CaseRetentionTest {

    @Inject
    ReferralFeed referrals;
    @Inject
    RetentionJob retention;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    PersonalData personalData;

    @Test
    void aClosedCaseWhoseChildTurned25AndWhoseSixYearsRanIsErasedEverywhereAndTheRestStay() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        CaseFiles.Built due = CaseFiles.worked(referrals, LocalDate.of(2001, 3, 4));
        CaseFiles.close(due);
        CaseFiles.Built childOfTen = CaseFiles.worked(referrals, today.minusYears(10));
        CaseFiles.close(childOfTen);
        CaseFiles.Built noBirthDate = CaseFiles.open(referrals, null);
        CaseFiles.close(noBirthDate);
        CaseFiles.Built open = CaseFiles.worked(referrals, LocalDate.of(2001, 3, 4));
        Instant sevenYearsOn = today.plusYears(7).atStartOfDay().toInstant(ZoneOffset.UTC);

        List<String> listed = Api.get(Agencies.dataProtectionOfficer(), "/api/data-protection/case/retention?asOf=" + sevenYearsOn)
                .statusCode(200).extract().path("records.recordId");
        assertThat(listed).contains(due.caseId()).doesNotContain(childOfTen.caseId(), noBirthDate.caseId(), open.caseId());
        assertThat(ClearTextScan.tablesHolding(dataSource, personalData::open, due.marker())).as("a dry run erases nothing")
                .isNotEmpty();

        retention.run(sevenYearsOn, false);

        assertThat(ClearTextScan.tablesHolding(dataSource, personalData::open, due.marker())).as("tables still holding the case")
                .isEmpty();
        Api.read(Agencies.healthVisitorLead(), due.caseId()).statusCode(404);
        for (CaseFiles.Built kept : List.of(childOfTen, noBirthDate, open)) {
            assertThat(ClearTextScan.tablesHolding(dataSource, personalData::open, kept.marker())).as("a case not yet due")
                    .containsKey("case_person");
            Api.read(Agencies.healthVisitorLead(), kept.caseId()).statusCode(200);
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement tombstone = connection.prepareStatement(
                        "select record_type, cause, erased_by, cardinality(person_ids), length(digest) from erasure_tombstone"
                                + " where record_id = ?")) {
            tombstone.setString(1, due.caseId());
            try (ResultSet row = tombstone.executeQuery()) {
                assertThat(row.next()).as("a tombstone").isTrue();
                assertThat(row.getString(1)).isEqualTo("early-help-case");
                assertThat(row.getString(2)).isEqualTo("retention");
                assertThat(row.getString(3)).isEqualTo("retention-job");
                assertThat(row.getInt(4)).isEqualTo(2);
                assertThat(row.getInt(5)).isEqualTo(32);
            }
        }
        ErasureEvidence.assertErased(dataSource, "early-help-case", due.caseId(), "retention",
                List.of(due.family().child, due.family().parent));
    }
}
