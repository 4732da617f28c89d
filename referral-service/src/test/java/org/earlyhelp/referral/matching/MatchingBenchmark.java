package org.earlyhelp.referral.matching;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.earlyhelp.referral.referral.BirthDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.PGConnection;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Benchmark, not a test (it asserts nothing, and runs only when asked with {@code -Dbench=matching}): p50/p95/p99
 * latency of one "known to services" match — the index-backed candidate statement plus scoring, exactly as on
 * submission — against 10k, 100k and 1M people in an embedded PostgreSQL 17 with this service's own migrations.
 * Queries are real people from the table with spelling changed, first and last names swapped or the date of birth
 * dropped. Options: {@code -Dbench.sizes=10000,100000,1000000}, {@code -Dbench.queries=300} and
 * {@code -Dbench.threshold=0.45} (the name similarity).
 *
 * <p>Run: {@code ./mvnw -B -ntp -pl referral-service -am verify -Dtest=MatchingBenchmark -Dbench=matching
 * -Dsurefire.failIfNoSpecifiedTests=false} (see docs/benchmarks/referral-matching.md).
 */
@EnabledIfSystemProperty(named = "bench", matches = "matching")
class MatchingBenchmark {

    private static final String[] FIRST = ("Jayden Jaden Olivia Amelia Isla Ava Mia Ivy Lily Freya Florence Grace Emily Ella "
            + "Rosie Evie Sophie Poppy Harper Willow Noah Oliver George Arthur Leo Muhammad Harry Oscar Archie Henry Theodore "
            + "Freddie Jack Charlie Finley Tommy Alfie Jacob Thomas Isaac Lucas Max Ethan Joshua Mason Logan Riley Jake Kai "
            + "Chloe Jessica Ruby Daisy Phoebe Millie Scarlett Matilda Hannah Layla Zara Aisha Fatima Amir Yusuf Ibrahim Omar "
            + "Liam Connor Kyle Tyler Bradley Callum Dylan Reece Kayden Brandon Shannon Courtney Jade Demi Kayleigh Leah Megan "
            + "Niamh Siobhan Ciara Aoife Sean Declan Ronan Eoin Cian Aaron Adam Ben Daniel David James John Michael Paul Peter "
            + "Sarah Laura Emma Rachel Rebecca Samantha Stacey Kelly Donna Tracey Lisa Nicola Joanne Claire Gemma Kirsty")
            .split(" ");
    private static final String[] LAST = ("Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson "
            + "Evans Walker White Roberts Green Hall Wood Jackson Clarke Patel Khan Ahmed Ali Hussain Begum Shah Singh Kaur "
            + "Whitfield Whitehead Wheeler Harrison Lewis Martin Cooper Hill Ward Morris Moore Clark Lee King Baker Harris "
            + "Turner Edwards Scott Young Mitchell Phillips Campbell Anderson Allen Carter Parker Collins Bell Murphy Kelly "
            + "Doyle Byrne Ryan OBrien Walsh OConnor McCarthy Gallagher Nolan Lowe Marsh Carter Hughes Okafor Adeyemi "
            + "Nowak Kowalski Wisniewski Popescu Ionescu Kaur Rahman Uddin Miah Islam Chowdhury Fletcher Gibson Holmes "
            + "Palmer Barker Pearson Chapman Ellis Richards Webb Rogers Stevens Hunt Mills Matthews Knight Lloyd Fox Rose")
            .split(" ");

    /** As {@code earlyhelp.matching.name-similarity}'s default. */
    private static double threshold = 0.45;

    @Test
    void measure() throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String size : System.getProperty("bench.sizes", "10000,100000,1000000").split(",")) {
            sizes.add(Integer.parseInt(size.trim().replace("_", "")));
        }
        int queries = Integer.getInteger("bench.queries", 300);
        threshold = Double.parseDouble(System.getProperty("bench.threshold", "0.45"));
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                Connection connection = postgres.getPostgresDatabase().getConnection()) {
            migrate(connection);
            System.out.printf(Locale.ROOT, "known-to-services match: candidate statement (same or swapped day | surname and"
                    + " postcode | pg_trgm GIN or phonetic of the undated) + scoring, name similarity %.2f, %d queries per size"
                    + " after %d warm-up%n", threshold, queries, queries / 3);
            System.out.printf(Locale.ROOT, "%-22s %10s %10s %10s %10s %10s %10s %12s%n", "search", "people", "seed s", "p50 ms", "p95 ms",
                    "p99 ms", "max ms", "candidates");
            Random random = new Random(42);
            int loaded = 0;
            for (int size : sizes) {
                long start = System.nanoTime();
                dropIndexes(connection);
                seed(connection, random, loaded, size - loaded);
                createIndexes(connection);
                loaded = size;
                double seedSeconds = (System.nanoTime() - start) / 1e9;
                List<Probe> probes = probes(connection, random, queries + queries / 3);
                measure(connection, probes, size, queries, seedSeconds);
            }
        }
    }

    /** This service's tables and indexes (the migrations matching needs), and one referral to hang people on. */
    static void migrate(Connection connection) throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            for (String script : List.of("db/migration/V1__referrals.sql", "db/migration/V2__matching_and_alerts.sql",
                    "db/migration/V4__people_known_from_cases.sql", "db/migration/V5__candidates_without_birth_date.sql",
                    "db/migration/V7__estimated_birth_dates_and_surnames.sql")) {
                try (InputStream in = MatchingBenchmark.class.getClassLoader().getResourceAsStream(script)) {
                    statement.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            // One referral holds every seeded person: the query never looks at referral rows.
            statement.execute("INSERT INTO referral (id, referring_agency, referred_by_user, referred_by_name, via_partner_system,"
                    + " area, status, urgency, immediate_risk, submitted_at, decision_due_at, content) VALUES ("
                    + "'00000000-0000-0000-0000-000000000001', 'bench', 'bench', 'bench', false, 'eastmere', 'SUBMITTED',"
                    + " 'ROUTINE', false, now(), now(), '{}')");
        }
    }

    private static void dropIndexes(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP INDEX IF EXISTS referral_person_name_trgm_idx, referral_person_phonetic_idx,"
                    + " referral_person_dob_postcode_idx, referral_person_person_idx, referral_person_undated_name_trgm_idx,"
                    + " referral_person_undated_phonetic_idx, referral_person_family_postcode_idx");
            statement.execute("ALTER TABLE referral_person DROP CONSTRAINT IF EXISTS referral_person_referral_id_position_key");
        }
    }

    /** The same indexes as V1/V2/V5/V7, built after the load as a bulk import would. */
    private static void createIndexes(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET maintenance_work_mem = '256MB'");
            statement.execute("CREATE INDEX referral_person_name_trgm_idx ON referral_person USING gin (name_key gin_trgm_ops)");
            statement.execute("CREATE INDEX referral_person_phonetic_idx ON referral_person (phonetic_key)");
            statement.execute("CREATE INDEX referral_person_dob_postcode_idx ON referral_person (date_of_birth, postcode_key)");
            statement.execute("CREATE INDEX referral_person_person_idx ON referral_person (person_id)");
            statement.execute("CREATE INDEX referral_person_undated_name_trgm_idx ON referral_person USING gin (name_key gin_trgm_ops)"
                    + " WHERE date_of_birth IS NULL");
            statement.execute("CREATE INDEX referral_person_undated_phonetic_idx ON referral_person (phonetic_key)"
                    + " WHERE date_of_birth IS NULL");
            statement.execute("CREATE INDEX referral_person_family_postcode_idx ON referral_person (family_key, postcode_key)");
            statement.execute("ANALYZE referral_person");
        }
    }

    private static void seed(Connection connection, Random random, int from, int count) throws Exception {
        Map<String, String> phonetic = new HashMap<>();
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        int batch = 50_000;
        for (int done = 0; done < count; done += batch) {
            StringBuilder csv = new StringBuilder();
            for (int i = done; i < Math.min(count, done + batch); i++) {
                String first = FIRST[random.nextInt(FIRST.length)];
                String last = LAST[random.nextInt(LAST.length)];
                LocalDate born = random.nextInt(10) == 0 ? null : LocalDate.of(1975, 1, 1).plusDays(random.nextInt(365 * 48));
                String postcode = "EM" + (1 + random.nextInt(9)) + " " + random.nextInt(10) + (char) ('A' + random.nextInt(26))
                        + (char) ('A' + random.nextInt(26));
                String phoneticKey = phonetic.computeIfAbsent(first + " " + last, name -> NameKeys.phonetic(first, last));
                csv.append(UUID.randomUUID()).append(",00000000-0000-0000-0000-000000000001,").append(from + i).append(',')
                        .append(UUID.randomUUID()).append(",child,").append(first).append(',').append(last).append(',')
                        .append(born == null ? "" : born.toString()).append(",,").append(postcode).append(",,")
                        .append(NameKeys.name(first, last)).append(',').append(phoneticKey).append(',')
                        .append(NameKeys.postcode(postcode)).append(',').append(born == null ? "" : born.toString()).append(',')
                        .append(born == null ? "" : born.toString()).append(',').append(NameKeys.family(last)).append('\n');
            }
            copy.copyIn("COPY referral_person (id, referral_id, position, person_id, role, first_name, last_name, date_of_birth,"
                    + " expected_due_date, postcode, relationship, name_key, phonetic_key, postcode_key, born_earliest, born_latest,"
                    + " family_key) FROM STDIN WITH (FORMAT csv)",
                    new StringReader(csv.toString()));
        }
    }

    private record Probe(String first, String last, LocalDate born, String postcode) {
    }

    private static void measure(Connection connection, List<Probe> probes, int size, int queries, double seedSeconds)
            throws SQLException {
        UUID other = UUID.randomUUID();
        CandidateSearch.nameThreshold(connection, threshold);
        long[] times = new long[queries];
        long candidates = 0;
        for (int i = 0; i < probes.size(); i++) {
            Probe probe = probes.get(i);
            long start = System.nanoTime();
            Sought sought = new Sought(probe.first(), probe.last(), BirthDate.on(probe.born()), NameKeys.postcode(probe.postcode()));
            List<Candidate> found = CandidateSearch.search(connection, sought, other, 50);
            found.forEach(candidate -> MatchScore.of(sought, candidate));
            long took = System.nanoTime() - start;
            int measured = i - queries / 3;
            if (measured >= 0) {
                times[measured] = took;
                candidates += found.size();
            }
        }
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "%-22s %10d %10.1f %10.2f %10.2f %10.2f %10.2f %12.1f%n",
                "candidate statement", size, seedSeconds,
                percentile(times, 50), percentile(times, 95), percentile(times, 99), times[times.length - 1] / 1e6,
                (double) candidates / queries);
    }

    /** Real people from the table, changed as referrers change them: a typo, swapped names, or no date of birth. */
    private static List<Probe> probes(Connection connection, Random random, int count) throws SQLException {
        List<Probe> probes = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT first_name, last_name, date_of_birth, postcode FROM referral_person"
                        + " TABLESAMPLE SYSTEM (5) LIMIT " + count)) {
            while (rows.next()) {
                String first = rows.getString(1);
                String last = rows.getString(2);
                LocalDate born = rows.getDate(3) == null ? null : rows.getDate(3).toLocalDate();
                String postcode = rows.getString(4);
                switch (probes.size() % 3) {
                    case 0 -> probes.add(new Probe(first, typo(last, random), born, postcode));
                    case 1 -> probes.add(new Probe(last, first, born, postcode));
                    default -> probes.add(new Probe(typo(first, random), last, null, postcode));
                }
            }
        }
        while (probes.size() < count) {
            probes.add(probes.get(random.nextInt(probes.size())));
        }
        return probes;
    }

    /** Two neighbouring letters swapped, as in "Whitfeild". */
    private static String typo(String name, Random random) {
        if (name.length() < 4) {
            return name;
        }
        int at = 1 + random.nextInt(name.length() - 2);
        char[] letters = name.toCharArray();
        char swap = letters[at];
        letters[at] = letters[at + 1];
        letters[at + 1] = swap;
        return new String(letters);
    }

    private static double percentile(long[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
