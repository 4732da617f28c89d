package org.earlyhelp.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Loads a county's worth of data straight into the services' databases, cloning rows the services
 * wrote themselves (a referral submitted through the API is the template), so every read the
 * benchmark makes goes through the same code and indexes as live data. Bulk SQL rather than the
 * API: 50,000 submissions through the API would take longer than the whole measurement.
 */
final class Seeder {

    /** The name mix of referral-service's MatchingBenchmark (~120 × ~120, UK), so both benchmarks search alike. */
    static final String[] FIRST = ("Jayden Jaden Olivia Amelia Isla Ava Mia Ivy Lily Freya Florence Grace Emily Ella "
            + "Rosie Evie Sophie Poppy Harper Willow Noah Oliver George Arthur Leo Muhammad Harry Oscar Archie Henry Theodore "
            + "Freddie Jack Charlie Finley Tommy Alfie Jacob Thomas Isaac Lucas Max Ethan Joshua Mason Logan Riley Jake Kai "
            + "Chloe Jessica Ruby Daisy Phoebe Millie Scarlett Matilda Hannah Layla Zara Aisha Fatima Amir Yusuf Ibrahim Omar "
            + "Liam Connor Kyle Tyler Bradley Callum Dylan Reece Kayden Brandon Shannon Courtney Jade Demi Kayleigh Leah Megan "
            + "Niamh Siobhan Ciara Aoife Sean Declan Ronan Eoin Cian Aaron Adam Ben Daniel David James John Michael Paul Peter "
            + "Sarah Laura Emma Rachel Rebecca Samantha Stacey Kelly Donna Tracey Lisa Nicola Joanne Claire Gemma Kirsty")
            .split(" ");
    static final String[] LAST = ("Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson "
            + "Evans Walker White Roberts Green Hall Wood Jackson Clarke Patel Khan Ahmed Ali Hussain Begum Shah Singh Kaur "
            + "Whitfield Whitehead Wheeler Harrison Lewis Martin Cooper Hill Ward Morris Moore Clark Lee King Baker Harris "
            + "Turner Edwards Scott Young Mitchell Phillips Campbell Anderson Allen Carter Parker Collins Bell Murphy Kelly "
            + "Doyle Byrne Ryan OBrien Walsh OConnor McCarthy Gallagher Nolan Lowe Marsh Carter Hughes Okafor Adeyemi "
            + "Nowak Kowalski Wisniewski Popescu Ionescu Kaur Rahman Uddin Miah Islam Chowdhury Fletcher Gibson Holmes "
            + "Palmer Barker Pearson Chapman Ellis Richards Webb Rogers Stevens Hunt Mills Matthews Knight Lloyd Fox Rose")
            .split(" ");
    static final String[] WORDS = {"family", "support", "parenting", "housing", "advice", "youth", "club", "counselling",
        "debt", "food", "bank", "recovery", "mental", "health", "domestic", "abuse", "school", "attendance", "early",
        "years", "play", "group", "employment", "benefits", "carers", "sleep", "baby", "mentoring", "sport", "music"};
    static final String[] AGENCIES = {"northshire-police", "eastmere-academy", "eastmere-surgery",
        "northshire-health-visiting", "northshire-mental-health", "dwp-northshire", "brightstart-family-support"};

    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

    private final String host;
    private final int port;
    private final Random random = new Random(42);

    Seeder(String host, int port) {
        this.host = host;
        this.port = port;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + database
                + "?reWriteBatchedInserts=true", "postgres", "postgres");
    }

    /** Services spread over the demo organisations, with names and descriptions drawn from a small vocabulary. */
    int services(int count) throws SQLException {
        try (Connection c = connect("directory")) {
            c.setAutoCommit(false);
            List<UUID> organisations = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM organization")) {
                while (rs.next()) {
                    organisations.add(rs.getObject(1, UUID.class));
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO service (id, organization_id, name, description,"
                    + " status, minimum_age, maximum_age, last_modified) VALUES (?, ?, ?, ?, 'active', ?, ?, now())")) {
                for (int i = 0; i < count; i++) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setObject(2, organisations.get(random.nextInt(organisations.size())));
                    insert.setString(3, capitalised(words(3)) + " " + (i + 1));
                    insert.setString(4, capitalised(words(25)) + ".");
                    insert.setInt(5, random.nextInt(10));
                    insert.setInt(6, 10 + random.nextInt(60));
                    insert.addBatch();
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            c.commit();
            analyse(c);
        }
        return count;
    }

    /**
     * {@code count} referrals of two people each (a child and a parent), cloned from the template
     * referral the API stored; the referring agency rotates through the demo agencies.
     *
     * @return the ids of the seeded referrals made by {@code readerAgency}
     */
    List<UUID> referrals(UUID template, int count, String readerAgency) throws SQLException {
        List<UUID> readable = new ArrayList<>();
        try (Connection c = connect("referral")) {
            c.setAutoCommit(false);
            List<Integer> positions = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT position FROM referral_person WHERE referral_id = ? ORDER BY position")) {
                s.setObject(1, template);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        positions.add(rs.getInt(1));
                    }
                }
            }
            if (positions.size() != 2) {
                throw new IllegalStateException("The template referral should hold a child and a parent, not " + positions.size());
            }
            try (PreparedStatement referral = c.prepareStatement("INSERT INTO referral (id, referring_agency, referred_by_user,"
                    + " referred_by_name, via_partner_system, area, status, urgency, immediate_risk, submitted_at, decision_due_at,"
                    + " content, version) SELECT ?, ?, referred_by_user, referred_by_name, via_partner_system, area, status,"
                    + " urgency, immediate_risk, now() - (? * interval '1 minute'), decision_due_at, content, 0"
                    + " FROM referral WHERE id = ?");
                    PreparedStatement person = c.prepareStatement("INSERT INTO referral_person (id, referral_id, position,"
                            + " person_id, role, first_name, last_name, date_of_birth, postcode, relationship, name_key,"
                            + " phonetic_key, postcode_key) SELECT ?, ?, position, ?, role, ?, ?, ?, ?, relationship, ?, ?,"
                            + " ? FROM referral_person WHERE referral_id = ? AND position = ?")) {
                for (int i = 0; i < count; i++) {
                    UUID id = UUID.randomUUID();
                    String agency = AGENCIES[i % AGENCIES.length];
                    if (agency.equals(readerAgency) && readable.size() < 10_000) {
                        readable.add(id);
                    }
                    referral.setObject(1, id);
                    referral.setString(2, agency);
                    referral.setInt(3, count - i);
                    referral.setObject(4, template);
                    referral.addBatch();
                    String last = LAST[random.nextInt(LAST.length)];
                    String postcode = "EM" + (1 + random.nextInt(9)) + " " + (1 + random.nextInt(9)) + "AB";
                    addPerson(person, id, positions.get(0), FIRST[random.nextInt(FIRST.length)], last,
                            LocalDate.of(2008 + random.nextInt(17), 1 + random.nextInt(12), 1 + random.nextInt(28)), postcode, template);
                    addPerson(person, id, positions.get(1), FIRST[random.nextInt(FIRST.length)], last,
                            LocalDate.of(1975 + random.nextInt(25), 1 + random.nextInt(12), 1 + random.nextInt(28)), postcode, template);
                    if (i % 1000 == 999) {
                        referral.executeBatch();
                        person.executeBatch();
                    }
                }
                referral.executeBatch();
                person.executeBatch();
            }
            c.commit();
            analyse(c);
        }
        return readable;
    }

    private void addPerson(PreparedStatement person, UUID referral, int position, String first, String last, LocalDate born,
            String postcode, UUID template) throws SQLException {
        person.setObject(1, UUID.randomUUID());
        person.setObject(2, referral);
        person.setObject(3, UUID.randomUUID());
        person.setString(4, first);
        person.setString(5, last);
        person.setObject(6, born);
        person.setString(7, postcode);
        person.setString(8, nameKey(first, last));
        person.setString(9, phoneticKey(first, last));
        person.setString(10, postcode.replace(" ", ""));
        person.setObject(11, template);
        person.setInt(12, position);
        person.addBatch();
    }

    /** The same keys referral-service's NameKeys makes for plain ASCII names. */
    static String nameKey(String first, String last) {
        return Arrays.stream((first + " " + last).toLowerCase(Locale.ROOT).split(" ")).sorted().collect(Collectors.joining(" "));
    }

    static String phoneticKey(String first, String last) {
        return Arrays.stream((first + " " + last).toLowerCase(Locale.ROOT).split(" ")).map(METAPHONE::doubleMetaphone).sorted()
                .collect(Collectors.joining(" "));
    }

    /**
     * {@code count} cases cloned from the template case case-service opened from an accepted referral
     * (case, family members, team, needs), the lead rotating between the two demo case-lead agencies.
     */
    int cases(UUID template, int count) throws SQLException {
        try (Connection c = connect("case")) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TEMP TABLE seed_case ON COMMIT DROP AS SELECT gen_random_uuid() AS id, g AS n,"
                        + " (ARRAY['northshire-health-visiting','brightstart-family-support'])[1 + g % 2] AS lead,"
                        + " (ARRAY['health','charity'])[1 + g % 2] AS lead_type FROM generate_series(1, " + count + ") g");
            }
            String t = "'" + template + "'";
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO early_help_case (id, reference, status, level_of_need, area, lead_agency,"
                        + " lead_practitioner_user, lead_practitioner_name, opened_at, opened_via, next_review_due, last_changed_at,"
                        + " version) SELECT s.id, 'BENCH-' || s.n, c.status, c.level_of_need, c.area, s.lead,"
                        + " c.lead_practitioner_user, c.lead_practitioner_name, now() - s.n * interval '1 minute', c.opened_via,"
                        + " c.next_review_due, now(), 0 FROM seed_case s, early_help_case c WHERE c.id = " + t);
                s.execute("INSERT INTO case_person (id, case_id, position, person_id, child, display_name, given_name,"
                        + " family_name, date_of_birth, postcode, relationship, source) SELECT gen_random_uuid(), s.id, p.position,"
                        + " gen_random_uuid(), p.child, p.display_name, p.given_name, p.family_name, p.date_of_birth, p.postcode,"
                        + " p.relationship, p.source FROM seed_case s, case_person p WHERE p.case_id = " + t);
                s.execute("INSERT INTO team_member (id, case_id, agency, agency_type, practitioner_name, role, active, joined_at,"
                        + " added_by, left_at, left_reason, ended_by) SELECT gen_random_uuid(), s.id, s.lead, s.lead_type,"
                        + " m.practitioner_name, m.role, m.active, m.joined_at, m.added_by, m.left_at, m.left_reason, m.ended_by"
                        + " FROM seed_case s, team_member m WHERE m.case_id = " + t);
                s.execute("INSERT INTO case_need (id, case_id, category, severity, notes, source, assessed_at, assessed_by,"
                        + " outcome) SELECT gen_random_uuid(), s.id, n.category, n.severity, n.notes, n.source, n.assessed_at,"
                        + " n.assessed_by, n.outcome FROM seed_case s, case_need n WHERE n.case_id = " + t);
            }
            c.commit();
            analyse(c);
        }
        return count;
    }

    /** Waits for case-service to open the case of an accepted referral (it follows referral-service's feed). */
    UUID caseOf(UUID referral, java.time.Duration timeout) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Connection c = connect("case");
                PreparedStatement q = c.prepareStatement("SELECT case_id FROM case_referral WHERE referral_id = ?")) {
            q.setObject(1, referral);
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) {
                        return rs.getObject(1, UUID.class);
                    }
                }
                Thread.sleep(250);
            }
        }
        throw new IllegalStateException("case-service opened no case for accepted referral " + referral + " within " + timeout);
    }

    void createBenchDatabase() throws SQLException {
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS bench");
            s.execute("CREATE DATABASE bench");
        }
        try (Connection c = connect("bench"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE pgbench_insert (id uuid PRIMARY KEY, body jsonb NOT NULL, created_at timestamptz NOT NULL"
                    + " DEFAULT now())");
        }
    }

    long count(String database, String table) throws SQLException {
        try (Connection c = connect(database); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void analyse(Connection c) throws SQLException {
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("VACUUM ANALYZE");
        }
    }

    private String words(int n) {
        return random.ints(n, 0, WORDS.length).mapToObj(i -> WORDS[i]).collect(Collectors.joining(" "));
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
