package org.earlyhelp.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.earlyhelp.reliability.Submissions.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The hub accepts 200 referrals for early help while case-service is stopped part-way through:
 * referral-service keeps accepting (the events wait on its feed), and once case-service is back
 * it catches up from its cursor, opening exactly one case for every accepted referral.
 */
@ExtendWith(Suite.Shared.class)
class CaseServiceOutageTest {

    private static final String SCENARIO = "case-outage";
    private static final String HUB = "hub.patel";
    private static final String LEAD_AGENCY = "northshire-health-visiting";
    private static final String LEAD = "hv.morgan";
    private static final int REFERRALS = 200;
    private static final int CLIENTS = 4;
    /** Accepted (and possibly turned into cases) before case-service is stopped. */
    private static final int ACCEPTED_BEFORE_STOP = 50;

    /** A referral in triage and the ETag of its current version. */
    private record InTriage(String id, String etag) {
    }

    @Test
    void everyReferralAcceptedWhileCaseServiceWasDownGetsExactlyOneCase(Suite suite) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<String> accepted = Collections.synchronizedList(new ArrayList<>());
        try {
            List<InTriage> waiting = inTriage(suite, clients);
            accept(suite, clients, waiting.subList(0, ACCEPTED_BEFORE_STOP), accepted);
            // Stopped while it may still be opening cases for the first ones; the rest are accepted while it is down.
            suite.stack.stop("case-service");
            accept(suite, clients, waiting.subList(ACCEPTED_BEFORE_STOP, REFERRALS), accepted);
            suite.stack.start("case-service");
        } finally {
            clients.shutdownNow();
            suite.ensureRunning("case-service");
        }
        assertThat(accepted).hasSize(REFERRALS);

        String[] ids = accepted.toArray(String[]::new);
        long withCase = awaitCases(suite, ids, Duration.ofMinutes(3));
        long orphanCases;
        try (Connection cases = suite.sql("case")) {
            orphanCases = Sql.count(cases, """
                    SELECT count(*) FROM early_help_case c WHERE c.opened_via = 'referral'
                    AND NOT EXISTS (SELECT 1 FROM case_referral r WHERE r.case_id = c.id)""");
        }
        Map<String, Long> openedPerReferral = new HashMap<>();
        for (Map<String, Object> opened : new EventFeed(() -> suite.as(LEAD), "case").events("case.opened")) {
            @SuppressWarnings("unchecked")
            List<String> referralIds = (List<String>) ((Map<String, Object>) opened.get("data")).get("referralIds");
            referralIds.forEach(referral -> openedPerReferral.merge(referral, 1L, Long::sum));
        }
        long lost = accepted.stream().filter(referral -> openedPerReferral.getOrDefault(referral, 0L) == 0).count();
        long duplicates = accepted.stream().mapToLong(referral -> Math.max(0, openedPerReferral.getOrDefault(referral, 0L) - 1))
                .sum() + orphanCases;

        assertThat(withCase).as("accepted referrals with a case").isEqualTo(REFERRALS);
        assertThat(lost).as("accepted referrals without a case.opened event on the lead agency's feed").isZero();
        assertThat(duplicates).as("second cases (case.opened twice for a referral, or a case from a referral not linked to it)")
                .isZero();

        suite.ledger.survived("case-service stopped while the hub accepted " + REFERRALS + " referrals",
                ACCEPTED_BEFORE_STOP + " accepted before the stop, the rest while it was down; after the restart it caught up"
                        + " from its cursor: one case and one case.opened per referral", "accepted referrals", REFERRALS, lost,
                duplicates);
    }

    /** The hub accepts each referral for early help with the health visiting team as lead, four at a time. */
    private static void accept(Suite suite, ExecutorService clients, List<InTriage> referrals, List<String> accepted)
            throws Exception {
        List<Future<?>> accepting = new ArrayList<>();
        for (InTriage referral : referrals) {
            accepting.add(clients.submit(() -> {
                suite.as(HUB).header("If-Match", referral.etag()).contentType(ContentType.JSON)
                        .body(Map.of("leadAgency", LEAD_AGENCY, "reason", "Health visiting knows the family"))
                        .when().post("/api/referrals/" + referral.id() + "/accept")
                        .then().statusCode(200);
                accepted.add(referral.id());
                return null;
            }));
        }
        for (Future<?> acceptance : accepting) {
            acceptance.get(5, TimeUnit.MINUTES);
        }
    }

    /** Submits the referrals and has the hub start triage on each, four at a time. */
    private static List<InTriage> inTriage(Suite suite, ExecutorService clients) throws Exception {
        Submissions submissions = new Submissions(suite);
        List<Future<InTriage>> triaged = new ArrayList<>();
        for (int n = 0; n < REFERRALS; n++) {
            int family = n;
            triaged.add(clients.submit(() -> {
                Outcome submitted = submissions.submit(family, Referrals.key(SCENARIO, family));
                assertThat(submitted.created()).as("%s", submitted).isTrue();
                Response triage = suite.as(HUB).header("If-Match", submitted.etag())
                        .when().post("/api/referrals/" + submitted.referralId() + "/triage");
                assertThat(triage.statusCode()).as(triage.asString()).isEqualTo(200);
                consentToLead(suite, triage.path("children[0].personId"));
                return new InTriage(submitted.referralId(), triage.header("ETag"));
            }));
        }
        List<InTriage> waiting = new ArrayList<>();
        for (Future<InTriage> referral : triaged) {
            waiting.add(referral.get(5, TimeUnit.MINUTES));
        }
        return waiting;
    }

    /**
     * The hub records the family's consent for the lead agency to receive the referral (referral-service asks for a permit
     * before accepting). consent-service learns that the hub screens the child's area from the referral feed a moment
     * after the referral: until then it answers 404, so this asks again.
     */
    private static void consentToLead(Suite suite, String child) throws InterruptedException {
        Map<String, Object> consent = Map.of("personId", child, "personName", "Child of the family",
                "grantor", Map.of("kind", "parent-with-parental-responsibility", "name", "Parent of the family"),
                "method", "verbal", "status", "active",
                "provisions", List.of(Map.of("type", "permit", "purposes", List.of("early-help-assessment"),
                        "recipientAgencies", List.of(LEAD_AGENCY), "dataCategories", List.of("identity", "contact", "concerns"))));
        Instant until = Instant.now().plusSeconds(60);
        Response recorded = suite.as(HUB).contentType(ContentType.JSON).body(consent).when().post("/api/consents");
        while (recorded.statusCode() == 404 && Instant.now().isBefore(until)) {
            Thread.sleep(250);
            recorded = suite.as(HUB).contentType(ContentType.JSON).body(consent).when().post("/api/consents");
        }
        assertThat(recorded.statusCode()).as(recorded.asString()).isEqualTo(201);
    }

    /** Waits until case-service has linked a case to every referral (it follows the feed about once a second). */
    private static long awaitCases(Suite suite, String[] referrals, Duration within) throws Exception {
        Instant deadline = Instant.now().plus(within);
        try (Connection cases = suite.sql("case")) {
            long linked;
            while ((linked = Sql.count(cases, "SELECT count(*) FROM case_referral WHERE referral_id = ANY (?::uuid[])",
                    (Object) referrals)) < referrals.length && Instant.now().isBefore(deadline)) {
                Thread.sleep(1000);
            }
            return linked;
        }
    }
}
