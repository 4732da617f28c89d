package org.earlyhelp.cases.caseload;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.earlyhelp.cases.Agencies;
import org.earlyhelp.cases.StubNeighbours;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.platform.test.Tokens;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Benchmark program, not a test (it asserts nothing, and runs only when asked with {@code -Dbench=caseload}): what
 * one caseload page costs with a county's worth of cases. It seeds {@code bench.cases} cases (default
 * 10,000) in SQL, led in turn by health visiting and the family support charity as in
 * {@code bench/suite}, with family, team, needs, plan actions and transfers, then calls each listing
 * {@code bench.runs} times (default 200, after 30 warm-up calls) and prints per request the SQL
 * statements case-service sent (Hibernate's count plus the audit row, which the platform writes in
 * plain JDBC), the CPU time this JVM spent per call (client and service together, JIT compilation
 * and GC included: far steadier than latency on a shared machine) and the latency from the client
 * (the call, the token check and the JSON included).
 *
 * <p>Run: {@code ./mvnw -B -ntp -pl case-service -am verify -Dtest=CaseloadBenchmark -Dbench=caseload
 * -Dsurefire.failIfNoSpecifiedTests=false}
 * (see docs/benchmarks/caseload.md). Uses the tests' embedded PostgreSQL 17, or the server named by
 * {@code EARLYHELP_TEST_DB_URL}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "bench", matches = "caseload")
@TestProfile(CaseloadBenchmark.Statements.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
@WithTestResource(StubNeighbours.class)
class CaseloadBenchmark {

    private static final int CASES = Integer.getInteger("bench.cases", 10_000);
    private static final int RUNS = Integer.getInteger("bench.runs", 200);
    private static final int WARM_UP = 30;

    /** Hibernate counts the statements it prepares. */
    public static class Statements implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.hibernate-orm.statistics", "true");
        }
    }

    private record Listing(String name, String bearer, String path) {
    }

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/")
    URL service;

    /** A plain client: REST Assured's logging and Groovy paths would cost more than the call measured. */
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Inject
    EntityManagerFactory persistence;

    @Test
    void measure() throws SQLException, IOException, InterruptedException {
        long started = System.nanoTime();
        seed(CASES);
        System.out.printf(Locale.ROOT, "%nSeeded %s in %.1f s; %d calls per listing after %d warm-up calls%n", counts(),
                (System.nanoTime() - started) / 1e9, RUNS, WARM_UP);
        String eastmereScreener = Tokens.user("hub.eastmere").agency(Agencies.HUB, "local-authority").areas("eastmere")
                .roles("hub-triage", "practitioner").bearer();
        List<Listing> listings = List.of(
                new Listing("agency, first page (bench)", Agencies.healthVisitorLead(), "/api/caseload?scope=agency"),
                new Listing("agency, page 100", Agencies.healthVisitorLead(), "/api/caseload?scope=agency&page=100"),
                new Listing("agency, all statuses, 100", Agencies.healthVisitorLead(), "/api/caseload?scope=agency&status=all&size=100"),
                new Listing("mine", Agencies.healthVisitorLead(), "/api/caseload"),
                new Listing("agency of a team member", Agencies.dwp(), "/api/caseload?scope=agency"),
                new Listing("hub screener's area cases", eastmereScreener, "/api/cases"));
        Statistics statistics = persistence.unwrap(SessionFactory.class).getStatistics();
        var cpu = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        System.out.printf(Locale.ROOT, "%-28s %8s %11s %9s %9s %9s %9s%n", "listing", "total", "statements", "cpu ms", "p50 ms",
                "p95 ms", "max ms");
        for (Listing listing : listings) {
            for (int i = 0; i < WARM_UP; i++) {
                call(listing);
            }
            long before = statistics.getPrepareStatementCount();
            long cpuBefore = cpu.getProcessCpuTime();
            double[] times = new double[RUNS];
            int total = 0;
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                total = call(listing);
                times[i] = (System.nanoTime() - start) / 1e6;
            }
            double statements = (statistics.getPrepareStatementCount() - before) / (double) RUNS + 1; // + the audit row
            double cpuPerCall = (cpu.getProcessCpuTime() - cpuBefore) / 1e6 / RUNS;
            Arrays.sort(times);
            System.out.printf(Locale.ROOT, "%-28s %8d %11.1f %9.2f %9.2f %9.2f %9.2f%n", listing.name(), total, statements,
                    cpuPerCall, percentile(times, 50), percentile(times, 95), times[times.length - 1]);
        }
    }

    /** Calls the listing and returns its total. */
    private int call(Listing listing) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(service.toString()).resolve(listing.path()))
                .header("Authorization", listing.bearer()).GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(listing.path() + " answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body()).path("total").asInt();
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)];
    }

    /**
     * {@code count} cases, the lead alternating between health visiting and the charity (as bench/suite
     * does), one in ten closed, over the three districts: a child and a parent (a second child in
     * every third family), two needs, two team members (one in five cases with the other lead agency
     * on the team, one membership in ten ended), three plan actions around today, a pending transfer
     * on one case in twenty. One case in fifty of health visiting's is hv.morgan's own.
     */
    private void seed(int count) throws SQLException {
        String morgan = Tokens.subjectOf("hv.morgan");
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("CREATE TEMP TABLE seed_case AS SELECT gen_random_uuid() AS id, g AS n,"
                    + " (ARRAY['northshire-health-visiting','brightstart-family-support'])[1 + g % 2] AS lead,"
                    + " (ARRAY['brightstart-family-support','northshire-health-visiting'])[1 + g % 2] AS other"
                    + " FROM generate_series(1, " + count + ") g");
            sql.execute("INSERT INTO early_help_case (id, reference, status, level_of_need, area, lead_agency,"
                    + " lead_practitioner_user, lead_practitioner_name, opened_at, opened_via, next_review_due, closed_at,"
                    + " last_changed_at, version) SELECT id, 'BENCH-' || n, CASE WHEN n % 10 = 3 THEN 'CLOSED' ELSE 'OPEN' END,"
                    + " 'early-help', (ARRAY['eastmere','westbrook','kingsfold'])[1 + n % 3], lead,"
                    + " CASE WHEN n % 100 = 0 THEN '" + morgan + "' ELSE 'user-' || n % 40 END, 'Practitioner ' || n % 40,"
                    + " now() - n * interval '10 minutes', 'referral', current_date + (n % 90 - 20),"
                    + " CASE WHEN n % 10 = 3 THEN now() END, now(), 1 FROM seed_case");
            sql.execute("INSERT INTO case_person (id, case_id, position, person_id, child, display_name, source)"
                    + " SELECT gen_random_uuid(), id, p, gen_random_uuid(), p <> 1, CASE WHEN p <> 1 THEN 'Child ' || n || '-' || p END,"
                    + " 'referral' FROM seed_case, generate_series(0, 2) p WHERE p < 2 OR n % 3 = 0");
            sql.execute("INSERT INTO case_need (id, case_id, category, source) SELECT gen_random_uuid(), id, c, 'referral'"
                    + " FROM seed_case, unnest(ARRAY['DOMESTIC_ABUSE','EARLY_YEARS']) c");
            sql.execute("INSERT INTO team_member (id, case_id, agency, agency_type, role, active, joined_at, added_by, left_at)"
                    + " SELECT gen_random_uuid(), id, CASE WHEN m = 0 AND n % 5 = 0 THEN other"
                    + " ELSE (ARRAY['eastmere-academy','northshire-police','northshire-mental-health','dwp-northshire'])[1 + (n + m) % 4] END,"
                    + " 'partner', 'team', n % 10 <> 7 OR m = 1, now() - interval '30 days', 'bench', CASE WHEN n % 10 = 7 AND m = 0 THEN now() END"
                    + " FROM seed_case, generate_series(0, 1) m");
            sql.execute("INSERT INTO plan_action (id, case_id, description, owner_agency, due_date, status, created_at, created_by,"
                    + " updated_at) SELECT gen_random_uuid(), id, 'Action ' || a, lead, current_date + ((n + a * 7) % 60 - 20),"
                    + " (ARRAY['PLANNED','IN_PROGRESS','DONE','PLANNED','DROPPED'])[1 + (n + a) % 5], now(), 'bench', now()"
                    + " FROM seed_case, generate_series(1, 3) a");
            sql.execute("INSERT INTO lead_transfer (id, case_id, from_agency, to_agency, reason, status, requested_at, requested_by)"
                    + " SELECT gen_random_uuid(), id, lead, other, 'bench', CASE WHEN n % 20 = 0 THEN 'REQUESTED' ELSE 'DECLINED' END,"
                    + " now(), 'bench' FROM seed_case WHERE n % 10 = 0 AND n % 10 <> 3");
            sql.execute("INSERT INTO case_history (case_id, at, actor_name, action) SELECT id, now(), 'bench', 'opened' FROM seed_case");
            sql.execute("DROP TABLE seed_case");
            sql.execute("VACUUM ANALYZE"); // what autovacuum does after a bulk load
        }
    }

    private String counts() throws SQLException {
        StringBuilder counts = new StringBuilder();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            for (String table : List.of("early_help_case", "case_person", "team_member", "plan_action", "lead_transfer")) {
                try (ResultSet rows = sql.executeQuery("SELECT count(*) FROM " + table)) {
                    rows.next();
                    counts.append(counts.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%,d %s", rows.getLong(1), table));
                }
            }
        }
        return counts.toString();
    }
}
