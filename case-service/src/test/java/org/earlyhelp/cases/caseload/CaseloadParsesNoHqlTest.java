package org.earlyhelp.cases.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.UUID;

import jakarta.inject.Inject;

import org.earlyhelp.cases.Api;
import org.earlyhelp.cases.Families;
import org.earlyhelp.cases.StubNeighbours;
import org.earlyhelp.cases.opening.ReferralFeed;
import org.earlyhelp.platform.test.HibernateStatistics;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.platform.test.Tokens;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A caseload and the case list answer without Hibernate's HQL parser: their statements are SQL. Parsing their HQL cost
 * a cold case-service a third of a second and ~18 MB of promoted parser state at start (decision 0023's warm-up), or,
 * without that, about 600 MB of allocation when the first burst of practitioners parsed it at once (issue 11, decision
 * 0025). Hibernate's statistics, on in this test's own start of the service, count each HQL compilation.
 */
@QuarkusTest
@TestProfile(HibernateStatistics.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
@WithTestResource(StubNeighbours.class)
class CaseloadParsesNoHqlTest {

    @Inject
    SessionFactory sessions;

    @Inject
    ReferralFeed referrals;

    @Test
    void practitionersOpeningTheirCaseloadsInEveryScopeAndStatusMakeNoHqlBeParsed() {
        Statistics statistics = sessions.getStatistics();
        assertThat(statistics.isStatisticsEnabled()).as("Hibernate statistics on").isTrue();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String agency = "test-family-hub-" + suffix;
        String lead = Tokens.user("lead." + suffix).agency(agency, "local-authority").roles("practitioner", "case-lead").bearer();
        for (int i = 0; i < 2; i++) {
            String kase = referrals.accept(Families.accepted().ledBy(agency).in("district-" + suffix));
            Api.act(lead, kase, "lead-practitioner", null).statusCode(200);
        }
        long compiledBefore = statistics.getQueryPlanCacheMissCount();

        for (String scope : new String[] {"mine", "agency"}) {
            for (String status : new String[] {"open", "closed", "all"}) {
                // A page of one of two cases: the page, its family and the count all run.
                Api.get(lead, "/api/caseload?size=1&scope=" + scope + "&status=" + status).statusCode(200)
                        .body("total", is(status.equals("closed") ? 0 : 2));
            }
        }
        Api.get(lead, "/api/cases?size=1").statusCode(200).body("total", is(2));

        assertThat(statistics.getQueryPlanCacheMissCount()).as("HQL compiled while answering caseloads")
                .isEqualTo(compiledBefore);

        // The counter does count a parse: HQL this service never ran before is one more.
        try (var session = sessions.openSession()) {
            session.createQuery("select count(c) from EarlyHelpCase c where c.area = :area", Long.class);
        }
        assertThat(statistics.getQueryPlanCacheMissCount()).isEqualTo(compiledBefore + 1);
    }
}
