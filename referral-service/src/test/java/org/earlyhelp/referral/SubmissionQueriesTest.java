package org.earlyhelp.referral;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.earlyhelp.platform.test.HibernateStatistics;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.referral.referral.ReferralRepository;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The HQL a referral submission runs is parsed while the service starts, so a burst of submissions meeting a freshly
 * started service does not parse it on every worker at once (decision 0023). Hibernate's statistics, on in this test's
 * own start of the service, count compilations.
 */
@QuarkusTest
@TestProfile(HibernateStatistics.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class SubmissionQueriesTest {

    @Inject
    SessionFactory sessions;

    @Test
    void theFirstSubmissionsAfterStartParseNoHql() {
        Statistics statistics = sessions.getStatistics();
        assertThat(statistics.getQueryStatistics(ReferralRepository.NAMINGS).getPlanCacheMissCount())
                .as("compiled at start").isEqualTo(1);
        long compiledBefore = statistics.getQueryPlanCacheMissCount();

        Api.submit(Agencies.teacher(), Referrals.typical().member("Donna", "Whitfield", "1985-03-02", "mother").build())
                .statusCode(201);
        Api.submit(Agencies.teacher(), Referrals.child("Kai", "Whitfield").build()).statusCode(201);

        assertThat(statistics.getQueryPlanCacheMissCount()).as("HQL compiled while taking submissions")
                .isEqualTo(compiledBefore);
    }
}
