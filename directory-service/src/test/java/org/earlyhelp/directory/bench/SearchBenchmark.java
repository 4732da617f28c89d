package org.earlyhelp.directory.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.earlyhelp.directory.search.Proximity;
import org.earlyhelp.directory.search.ServiceCriteria;
import org.earlyhelp.directory.search.ServiceQuery;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Search latency as the directory grows: a benchmark, not a test (it asserts nothing, and runs only when asked with
 * {@code -Dbench=search}).
 * It migrates a fresh database with the service's own Flyway scripts, seeds synthetic services
 * in steps up to 100,000 and, at 1k, 10k and 100k services, runs the exact SQL the public API
 * runs for a search ({@link ServiceQuery#services}: text to tsquery, the count and one page of
 * 25 ids) for a mix of searches, then prints p50/p95/p99 per kind of search and the ratios
 * between sizes. Seeded services combine the demo's words, so a text or need search matches a
 * fixed share of all services; the first 1,000 are in Northshire's three districts and the rest
 * spread over England and 300 other districts, as a directory grows by covering more places.
 *
 * <p>Run: {@code ./mvnw -B -ntp -pl directory-service -am verify -Dtest=SearchBenchmark -Dbench=search
 * -Dsurefire.failIfNoSpecifiedTests=false}
 * (see docs/benchmarks/directory-search.md); add {@code -Dbench.explain=true} to print each
 * search's query plan. Uses the embedded PostgreSQL 17 of the tests, or
 * the server named by {@code EARLYHELP_TEST_DB_URL}.
 */
@EnabledIfSystemProperty(named = "bench", matches = "search")
class SearchBenchmark {

    private static final int[] SIZES = {1_000, 10_000, 100_000};
    private static final int WARM_UP = 30;
    private static final int RUNS = 300;
    private static final int PAGE = 25;

    private record Search(String name, ServiceCriteria criteria, Proximity near) {
    }

    @Test
    void measure() throws Exception {
        PostgresTestResource.Server server = PostgresTestResource.Server.get();
        String database = "directory_bench_" + UUID.randomUUID().toString().replace("-", "");
        server.createDatabase(database);
        String url = server.jdbcUrl(database);
        Flyway.configure().dataSource(url, server.user(), server.password()).locations("classpath:db/migration")
                .load().migrate();

        Map<Integer, Map<String, double[]>> results = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(url, server.user(), server.password())) {
            List<Search> searches = searches();
            int seeded = 0;
            for (int size : SIZES) {
                long started = System.nanoTime();
                seed(connection, seeded, size);
                seeded = size;
                System.out.printf(Locale.ROOT, "%nSeeded %,d services in %.1f s; measuring %d runs per search after %d warm-up runs%n",
                        size, (System.nanoTime() - started) / 1e9, RUNS, WARM_UP);
                Map<String, double[]> bySearch = new LinkedHashMap<>();
                for (Search search : searches) {
                    bySearch.put(search.name(), measure(connection, search));
                    if (Boolean.getBoolean("bench.explain")) {
                        explain(connection, search);
                    }
                }
                results.put(size, bySearch);
                print(size, bySearch);
            }
        }
        printRatios(results);
    }

    private static List<Search> searches() {
        UUID housing = term("early-help-needs", "housing");
        UUID parenting = term("service-types", "parenting");
        ServiceCriteria all = ServiceCriteria.listed();
        Proximity eastmere = new Proximity(53.67989, -1.13698, "eastmere", 5_000);
        return List.of(
                new Search("text 'parenting support'", all.withText("parenting support"), null),
                new Search("typo 'parentng'", all.withText("parentng"), null),
                new Search("need+age+district", new ServiceCriteria(null, null, null, null, List.of(Set.of(housing)), 9,
                        "westbrook"), null),
                new Search("text+term+age+district", new ServiceCriteria("family", null, null, null, List.of(Set.of(parenting)),
                        6, "eastmere"), null),
                new Search("postcode within 5 km", all, eastmere),
                new Search("first page, no filter", all, null));
    }

    /**
     * Runs the search as the API does (in a transaction: text to tsquery, count, page of ids) and
     * returns each run's time in ms, sorted.
     */
    private static double[] measure(Connection connection, Search search) throws SQLException {
        double[] times = new double[RUNS];
        connection.setAutoCommit(false);
        for (int run = -WARM_UP; run < RUNS; run++) {
            long start = System.nanoTime();
            if (search.near() == null) {
                ServiceQuery.services(connection, search.criteria(), 1, PAGE);
            } else {
                ServiceQuery.sites(connection, search.criteria(), search.near(), 1, PAGE);
            }
            connection.commit();
            if (run >= 0) {
                times[run] = (System.nanoTime() - start) / 1e6;
            }
        }
        connection.setAutoCommit(true);
        Arrays.sort(times);
        return times;
    }

    /** With -Dbench.explain=true: how PostgreSQL ran the page query, to see which indexes carry a search. */
    private static void explain(Connection connection, Search search) throws SQLException {
        String tsquery = null;
        if (search.criteria().text() != null) {
            try (var statement = connection.prepareStatement("SELECT directory_search_query(?)::text")) {
                statement.setString(1, search.criteria().text());
                try (var row = statement.executeQuery()) {
                    row.next();
                    tsquery = row.getString(1);
                }
            }
            System.out.println("  " + search.name() + " searches " + tsquery);
        }
        ServiceQuery.Sql page = search.near() == null ? ServiceQuery.servicePage(search.criteria(), tsquery, PAGE, 0)
                : ServiceQuery.sitePage(search.criteria(), tsquery, search.near(), PAGE, 0);
        System.out.println("  plan of " + search.name() + ":");
        page.explain(connection).forEach(line -> System.out.println("    " + line));
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)];
    }

    private static void print(int size, Map<String, double[]> bySearch) {
        System.out.printf(Locale.ROOT, "%-26s %9s %9s %9s   (%,d services, ms)%n", "search", "p50", "p95", "p99", size);
        bySearch.forEach((name, times) -> System.out.printf(Locale.ROOT, "%-26s %9.2f %9.2f %9.2f%n", name,
                percentile(times, 50), percentile(times, 95), percentile(times, 99)));
    }

    private static void printRatios(Map<Integer, Map<String, double[]>> results) {
        System.out.printf(Locale.ROOT, "%nRatios of p50 (and p95) between sizes%n%-26s %18s %18s %18s%n", "search",
                "10k / 1k", "100k / 10k", "100k / 1k");
        for (String name : results.get(SIZES[0]).keySet()) {
            double[] p50 = new double[SIZES.length];
            double[] p95 = new double[SIZES.length];
            for (int i = 0; i < SIZES.length; i++) {
                p50[i] = percentile(results.get(SIZES[i]).get(name), 50);
                p95[i] = percentile(results.get(SIZES[i]).get(name), 95);
            }
            System.out.printf(Locale.ROOT, "%-26s %8.1fx (%5.1fx) %8.1fx (%5.1fx) %8.1fx (%5.1fx)%n", name,
                    p50[1] / p50[0], p95[1] / p95[0], p50[2] / p50[1], p95[2] / p95[1], p50[2] / p50[0], p95[2] / p95[0]);
        }
    }

    private static UUID term(String taxonomy, String code) {
        return UUID.nameUUIDFromBytes(("term:" + taxonomy + ":" + code).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Services {@code from} (exclusive) to {@code to}: one organisation per ten services, one
     * location each (spread over the county), an area (district), a need and a service type.
     * Names and descriptions combine words the demo uses, so text searches hit a realistic share.
     */
    private static void seed(Connection connection, int from, int to) throws SQLException {
        String words = "ARRAY['Family','Youth','Parenting','Housing','Money','Recovery','Wellbeing','Early Years','Carers','Community',"
                + "'Mental Health','Domestic Abuse']";
        String kinds = "ARRAY['Support','Club','Advice','Hub','Group','Service','Outreach','Drop-in','Project','Team']";
        String districts = "ARRAY['eastmere','westbrook','kingsfold']";
        String needs = "ARRAY['education','early-years','health','substance-use','family-relationships','abuse-exploitation',"
                + "'crime','domestic-abuse','housing','financial']";
        String types = "ARRAY['family-support','parenting','early-years','mental-health','counselling','substance-misuse',"
                + "'debt-benefits-advice','employment-support','victim-support','domestic-abuse-support','housing-advice','youth-services']";
        try (Statement sql = connection.createStatement()) {
            sql.execute("CREATE OR REPLACE FUNCTION bench_id(kind text, n int) RETURNS uuid LANGUAGE sql IMMUTABLE AS "
                    + "$$ SELECT md5(kind || n)::uuid $$");
            // About 3,400 invented place names (Ashford, Burley, ...): real directories name places, and
            // place names make up most of a directory's vocabulary.
            sql.execute("CREATE OR REPLACE FUNCTION bench_place(n int) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT "
                    + "initcap((ARRAY['ash','bur','cal','dun','el','fen','gar','hol','ing','kel','lam','mor','nor','ox','pen'])[1 + n % 15]"
                    + " || (ARRAY['ble','ck','den','er','ing','ley','mar','ne','ro','st','ter','win','an','ov','ul'])[1 + (n / 15) % 15]"
                    + " || (ARRAY['ton','ford','ley','by','wick','ham','stead','field','mere','brook','worth','cott','well','dale','bury'])"
                    + "[1 + (n / 225) % 15]) $$");
            sql.execute("CREATE OR REPLACE FUNCTION bench_term(taxonomy text, code text) RETURNS uuid LANGUAGE sql IMMUTABLE AS "
                    + "$$ SELECT id FROM taxonomy_term t WHERE t.code = $2 AND t.taxonomy_id = (SELECT id FROM taxonomy "
                    + "WHERE name = CASE $1 WHEN 'needs' THEN 'Early Help needs' ELSE 'Northshire service types' END) $$");
            sql.execute("INSERT INTO organization (id, name, description, last_modified) SELECT bench_id('o', g), "
                    + "bench_place(g) || ' ' || (" + words + ")[1 + g % 12] || ' Trust', 'Synthetic organisation in ' || bench_place(g * 7), now() "
                    + "FROM generate_series(" + (from / 10 + 1) + ", " + (to / 10) + ") g");
            sql.execute("INSERT INTO location (id, location_type, name, latitude, longitude, last_modified) SELECT bench_id('l', g), "
                    + "'physical', 'Site ' || g, "
                    // The first 1,000 services are in Northshire; a directory that grows past that covers
                    // more of the country rather than packing 100,000 services into one county.
                    + "CASE WHEN g <= 1000 THEN 53.55 + random() * 0.45 ELSE 50.6 + random() * 4.2 END, "
                    + "CASE WHEN g <= 1000 THEN -1.55 + random() * 0.6 ELSE -3.5 + random() * 4.0 END, now() "
                    + "FROM generate_series(" + (from + 1) + ", " + to + ") g");
            sql.execute("INSERT INTO service (id, organization_id, name, description, status, minimum_age, maximum_age, last_modified) "
                    + "SELECT bench_id('s', g), bench_id('o', (g - 1) / 10 + 1), "
                    + "bench_place(g / 3) || ' ' || (" + words + ")[1 + g % 12] || ' ' || (" + kinds + ")[1 + (g / 12) % 10], "
                    + "'Helps families with ' || lower((" + words + ")[1 + (g / 7) % 12]) || ' and ' || lower((" + words
                    + ")[1 + (g / 5) % 12]) || ' needs; ' || (" + kinds + ")[1 + g % 10] || ' sessions across Northshire.', "
                    + "CASE WHEN g % 20 = 0 THEN 'inactive' ELSE 'active' END, (g % 4) * 4, CASE WHEN g % 3 = 0 THEN NULL ELSE 11 + g % 8 END, "
                    + "now() - (g % 365) * interval '1 day' FROM generate_series(" + (from + 1) + ", " + to + ") g");
            sql.execute("INSERT INTO service_at_location (id, service_id, location_id) SELECT bench_id('sal', g), bench_id('s', g), "
                    + "bench_id('l', g) FROM generate_series(" + (from + 1) + ", " + to + ") g");
            // Services past the first 1,000 cover districts elsewhere (300 of them), like their locations.
            sql.execute("INSERT INTO service_area (id, service_id, position, name, district) SELECT bench_id('a', g), bench_id('s', g), 0, "
                    + "d, d FROM generate_series(" + (from + 1) + ", " + to + ") g, "
                    + "LATERAL (SELECT CASE WHEN g <= 1000 THEN (" + districts + ")[1 + g % 3] ELSE 'district-' || g % 300 END AS d) a");
            sql.execute("INSERT INTO service_attribute (id, service_id, taxonomy_term_id) SELECT bench_id('an', g), bench_id('s', g), "
                    + "bench_term('needs', (" + needs + ")[1 + g % 10]) FROM generate_series(" + (from + 1) + ", " + to + ") g");
            sql.execute("INSERT INTO service_attribute (id, service_id, taxonomy_term_id) SELECT bench_id('at', g), bench_id('s', g), "
                    + "bench_term('types', (" + types + ")[1 + (g / 3) % 12]) FROM generate_series(" + (from + 1) + ", " + to + ") g");
            sql.execute("VACUUM ANALYZE"); // what autovacuum does after a bulk load
        }
    }

}
