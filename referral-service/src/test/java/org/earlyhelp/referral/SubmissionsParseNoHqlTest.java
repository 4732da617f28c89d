package org.earlyhelp.referral;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.earlyhelp.platform.test.HibernateStatistics;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A referral submission runs no HQL, so a burst of submissions meeting a freshly started service parses none (the first
 * HQL a service parses costs it a third of a second and a heap full of parser state; decision 0025). Hibernate's
 * statistics, on in this test's own start of the service, count compilations from its start.
 */
@QuarkusTest
@TestProfile(HibernateStatistics.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class SubmissionsParseNoHqlTest {

    @Inject
    SessionFactory sessions;

    @Test
    void theFirstSubmissionsAfterStartParseNoHql() {
        Statistics statistics = sessions.getStatistics();
        assertThat(statistics.isStatisticsEnabled()).as("Hibernate statistics on").isTrue();
        long compiledBefore = statistics.getQueryPlanCacheMissCount();

        Api.submit(Agencies.teacher(), Referrals.typical().member("Donna", "Whitfield", "1985-03-02", "mother").build())
                .statusCode(201);
        Api.submit(Agencies.teacher(), Referrals.child("Kai", "Whitfield").build()).statusCode(201);

        assertThat(statistics.getQueryPlanCacheMissCount()).as("HQL compiled while taking submissions")
                .isEqualTo(compiledBefore);

        // The counter does count a parse: HQL this service never ran before is one more.
        try (var session = sessions.openSession()) {
            session.createQuery("select count(r) from Referral r where r.area = :area", Long.class);
        }
        assertThat(statistics.getQueryPlanCacheMissCount()).isEqualTo(compiledBefore + 1);
    }
}
