package org.earlyhelp.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.earlyhelp.consent.contract.ConsentFeed;
import org.earlyhelp.platform.crypto.PersonalData;
import org.earlyhelp.platform.crypto.Resealing;
import org.earlyhelp.platform.test.ClearTextScan;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.platform.test.Tokens;
import org.earlyhelp.referral.events.ConsentFeedDelivery;
import org.earlyhelp.referral.referral.NhsNumberBackfill;
import org.earlyhelp.referral.referral.NhsNumberLookup;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Issue 29 point 4, decision 0066: what makes a person findable by NHS number alone. Each person's row holds a keyed
 * lookup value, never the number; the number is in no table in clear; the value goes with the person when they are
 * erased; rows written without one (before {@code V16}) get theirs from the backfill; a data key rotation, which
 * re-encrypts every sealed value, leaves the lookup values as they are and the person findable.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class NhsNumberLookupTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PersonalData personalData;

    @Inject
    NhsNumberLookup lookup;

    @Inject
    NhsNumberBackfill backfill;

    @Inject
    Resealing resealing;

    @Inject
    ConsentFeedDelivery consentFeed;

    private static String referred(String nhsNumber, String surname) {
        return Api.submitted(Agencies.teacher(), Referrals.child("Jayden", surname).bornOn(ReferralRetentionTest.bornSomeDay())
                .childField("nhsNumber", nhsNumber).member("Donna", surname, "1985-03-02", "mother").build());
    }

    private static List<Object> foundBy(String nhsNumber) {
        return given().header("Authorization", Tokens.user("fay.finder").agency(Agencies.HUB, "local-authority")
                .areas("eastmere").roles("hub-triage").bearer()).queryParam("purpose", "Checking a health visitor's call")
                .queryParam("nhsNumber", nhsNumber).when().get("/api/person-search").then().statusCode(200).extract()
                .jsonPath().getList("items.personId");
    }

    @Test
    void theRowHoldsAKeyedLookupValueNeverTheNumberAndTheValueGoesWithThePerson() throws SQLException {
        String nhsNumber = NhsNumbers.unique();
        String surname = ReferralRetentionTest.marker();
        String referral = referred(nhsNumber, surname);
        String child = Hub.childOf(referral);

        List<String> stored = lookups(referral);
        String value = lookup.of(nhsNumber);
        assertThat(stored).as("the child's, then the mother's (none)").containsExactly(value, "");
        assertThat(value).matches("[0-9a-f]{64}").isEqualTo(lookup.of(NhsNumbers.digits(nhsNumber)))
                .doesNotContain(NhsNumbers.digits(nhsNumber));
        assertThat(ClearTextScan.tablesContaining(dataSource, NhsNumbers.digits(nhsNumber))).as("the number in clear").isEmpty();
        assertThat(ClearTextScan.tablesContaining(dataSource, nhsNumber)).as("the number as given, in clear").isEmpty();
        assertThat(foundBy(nhsNumber)).containsExactly(child);

        consentFeed.deliver(ConsentFeed.PersonErased.TYPE, UUID.fromString(child),
                new ConsentFeed.PersonErased(UUID.fromString(child), UUID.randomUUID(), "dpo.reid", Instant.now()));

        assertThat(ClearTextScan.tablesContaining(dataSource, value)).as("tables holding the lookup value").isEmpty();
        DataProtectionChecks.nowhere(dataSource, personalData, surname);
        assertThat(foundBy(nhsNumber)).isEmpty();
    }

    @Test
    void aNumberTheReferrerCorrectsIsTheOneTheHubFinds() {
        String wrong = NhsNumbers.unique();
        String right = NhsNumbers.unique();
        String referral = referred(wrong, ReferralRetentionTest.marker());
        String child = Hub.childOf(referral);

        Api.actWith(Agencies.teacher(), referral, "amendments",
                Map.of("corrections", List.of(Map.of("personId", child, "nhsNumber", right)),
                        "note", "Typed the number wrongly"), Api.etag(Agencies.hubScreener(), referral))
                .statusCode(200);

        assertThat(foundBy(right)).containsExactly(child);
        assertThat(foundBy(wrong)).as("the number as first typed finds nobody").isEmpty();
    }

    @Test
    void rowsWrittenWithoutALookupValueGetTheirsFromTheBackfill() throws SQLException {
        String nhsNumber = NhsNumbers.unique();
        String referral = referred(nhsNumber, ReferralRetentionTest.marker());
        String child = Hub.childOf(referral);
        // As V16 leaves a referral written before it.
        update("update referral_person set nhs_number_lookup = null where referral_id = ?", referral);

        while (backfill.run() > 0) {
            // until no row is left without one
        }

        assertThat(lookups(referral)).containsExactly(lookup.of(nhsNumber), "");
        assertThat(foundBy(nhsNumber)).containsExactly(child);
    }

    @Test
    void aDataKeyRotationReEncryptsTheContentAndLeavesTheLookupValues() throws SQLException {
        String nhsNumber = NhsNumbers.unique();
        String referral = referred(nhsNumber, ReferralRetentionTest.marker());
        String child = Hub.childOf(referral);
        List<String> before = lookups(referral);
        String contentBefore = content(referral);

        resealing.rotateNow();
        while (resealing.run() > 0) {
            // until every sealed value is under the new data key
        }

        assertThat(content(referral)).as("the content, re-encrypted").isNotEqualTo(contentBefore);
        assertThat(lookups(referral)).isEqualTo(before);
        assertThat(lookup.of(nhsNumber)).isEqualTo(before.get(0));
        assertThat(foundBy(nhsNumber)).containsExactly(child);
        Api.read(Agencies.teacher(), referral).body("children[0].nhsNumber", equalTo(nhsNumber));
    }

    private List<String> lookups(String referral) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "select nhs_number_lookup from referral_person where referral_id = ? order by position")) {
            select.setObject(1, UUID.fromString(referral));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }

    private String content(String referral) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select content from referral where id = ?")) {
            select.setObject(1, UUID.fromString(referral));
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private void update(String sql, String referral) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, UUID.fromString(referral));
            statement.executeUpdate();
        }
    }
}
