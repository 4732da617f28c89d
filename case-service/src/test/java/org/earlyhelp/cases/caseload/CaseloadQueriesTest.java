package org.earlyhelp.cases.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import jakarta.inject.Inject;

import org.earlyhelp.cases.Api;
import org.earlyhelp.cases.Families;
import org.earlyhelp.cases.StubNeighbours;
import org.earlyhelp.cases.casefile.CaseRepository;
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
 * The caseload's queries are parsed while the service starts, so the first burst of practitioners opening their
 * caseloads finds them ready instead of every worker parsing the same HQL at once (which cost a cold case-service
 * about 600 MB of allocation in its first seconds and left its heap grown: issue 11). Hibernate's statistics, on in
 * this test's own start of the service, count each query's compilations.
 */
@QuarkusTest
@TestProfile(HibernateStatistics.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
@WithTestResource(StubNeighbours.class)
class CaseloadQueriesTest {

    @Inject
    SessionFactory sessions;

    @Inject
    ReferralFeed referrals;

    @Test
    void everyFormOfTheCaseloadIsParsedAtStartAndNoneIsParsedAgainWhenPractitionersAsk() {
        Statistics statistics = sessions.getStatistics();
        for (String query : new CaseloadQueries().queries().keySet()) {
            assertThat(statistics.getQueryStatistics(query).getPlanCacheMissCount()).as("compiled at start: %s", query)
                    .isEqualTo(1);
        }

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
                Api.get(lead, "/api/caseload?size=1&scope=" + scope + "&status=" + status).statusCode(200);
            }
        }

        assertThat(statistics.getQueryPlanCacheMissCount()).as("HQL compiled while answering caseloads")
                .isEqualTo(compiledBefore);
    }
}
