package org.earlyhelp.referral.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

import org.earlyhelp.referral.referral.BirthDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Labelled benchmark of "known to services" matching quality, run only when asked with {@code -Dbench=match-quality}:
 * recall and precision of strong matches ({@link MatchScore#STRONG}) per kind of variant a referrer writes, through the
 * real candidate statement and score against this service's own migrations in an embedded PostgreSQL 17.
 * <p>
 * People (children) come in three groups of {@code bench.people} / 3: given names with an English, Yoruba or Russian
 * diminutive; Irish names; Polish names with letters such as Ł. Each person is referred again once in every kind that
 * fits their name: the date of birth not known, only the year, an approximate age (the true age, or a year off),
 * day and month swapped; and a nickname (English and Polish groups), an Irish spelling as it sounds (Irish group),
 * the name typed without its Polish letters (Polish group); and the variant name with the date of birth at a new
 * postcode (every group: the family moved). The index also holds, as negatives, a namesake of each
 * person (same name, another date of birth and postcode), a sibling (same surname and address, another first name
 * and date of birth), a twin of every third person (same surname, address and date of birth, another first name),
 * and {@code bench.background} people of a UK name mix. A query's strong candidates are right when they are the
 * person, wrong otherwise. Recall at least 95 % and precision at least 98 % overall are asserted: they are
 * correctness, not timing.
 *
 * <p>Run: {@code ./mvnw -B -ntp -pl referral-service -am verify -Dtest=MatchQualityBenchmark -Dbench=match-quality
 * -Dsurefire.failIfNoSpecifiedTests=false} (see docs/benchmarks/referral-matching.md).
 */
@EnabledIfSystemProperty(named = "bench", matches = "match-quality")
class MatchQualityBenchmark {

    /** Formal name, then the diminutive a referrer may write. */
    private static final String[][] NICKNAMED = { { "Alexander", "Sasha" }, { "William", "Bill" }, { "Margaret", "Peggy" },
            { "Elizabeth", "Betty" }, { "Katherine", "Kate" }, { "Robert", "Bob" }, { "James", "Jimmy" }, { "Thomas", "Tommy" },
            { "Matthew", "Matty" }, { "Benjamin", "Ben" }, { "Samuel", "Sammy" }, { "Joseph", "Joey" }, { "Daniel", "Danny" },
            { "Rebecca", "Becky" }, { "Jennifer", "Jenny" }, { "Victoria", "Vicky" }, { "Abigail", "Abby" },
            { "Oluwaseun", "Seun" }, { "Oluwatobi", "Tobi" }, { "Oluwafemi", "Femi" }, { "Babatunde", "Tunde" },
            { "Chukwuemeka", "Emeka" }, { "Temitope", "Tope" }, { "Natalia", "Natasha" }, { "Mikhail", "Misha" },
            { "Anastasia", "Nastya" }, { "Nicholas", "Nick" }, { "Christopher", "Kit" }, { "Theodore", "Theo" },
            { "Frederick", "Freddie" }, { "Isabella", "Bella" }, { "Penelope", "Penny" }, { "Edward", "Ted" },
            { "Anthony", "Tony" }, { "Zachariah", "Zach" }, { "Florence", "Flossy" } };
    private static final String[] NICKNAMED_SURNAMES = ("Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson "
            + "Wright Thompson Evans Walker White Roberts Green Hall Wood Jackson Clarke Okafor Adeyemi Adebayo Okonkwo "
            + "Ivanov Petrova Smirnov Volkova Hughes Fletcher").split(" ");

    /** An Irish name, then its spelling as it sounds. */
    private static final String[][] IRISH = { { "Siobhan", "Shivaun" }, { "Niamh", "Neeve" }, { "Caoimhe", "Keeva" },
            { "Aoife", "Eefa" }, { "Saoirse", "Seersha" }, { "Sinead", "Shinead" }, { "Roisin", "Rosheen" },
            { "Grainne", "Grania" }, { "Oisin", "Osheen" }, { "Tadhg", "Teague" }, { "Ciaran", "Kieran" }, { "Ciara", "Keira" },
            { "Aisling", "Ashling" }, { "Orla", "Orlagh" }, { "Clodagh", "Cloda" }, { "Cathal", "Cahal" }, { "Eimear", "Emer" },
            { "Naoise", "Neesha" }, { "Fionnuala", "Finola" }, { "Sadhbh", "Sive" }, { "Meabh", "Maeve" },
            { "Dearbhla", "Dervla" }, { "Aoibhinn", "Aveen" }, { "Eilis", "Eilish" }, { "Seamus", "Shamus" },
            { "Ruairi", "Rory" }, { "Diarmuid", "Dermot" }, { "Bronagh", "Brona" }, { "Cian", "Kian" } };
    private static final String[] IRISH_SURNAMES = ("Murphy Kelly O'Sullivan Walsh Byrne Ryan O'Connor O'Brien McCarthy "
            + "Doyle Gallagher Nolan Brennan Quinn Kavanagh Fitzgerald Dunne Lynch Daly Healy").split(" ");

    /** A Polish name, then its diminutive. */
    private static final String[][] POLISH = { { "Małgorzata", "Gosia" }, { "Katarzyna", "Kasia" }, { "Agnieszka", "Aga" },
            { "Joanna", "Asia" }, { "Magdalena", "Magda" }, { "Zofia", "Zosia" }, { "Barbara", "Basia" }, { "Jakub", "Kuba" },
            { "Piotr", "Piotrek" }, { "Tomasz", "Tomek" }, { "Wojciech", "Wojtek" }, { "Krzysztof", "Krzysiek" },
            { "Łukasz", "Lukas" }, { "Michał", "Michu" }, { "Paweł", "Pawełek" }, { "Mikołaj", "Mikus" }, { "Maciej", "Maciek" } };
    /** Every one has a letter that is not an accented letter in Unicode (Ł) or an accent. */
    private static final String[] POLISH_SURNAMES = ("Łukasiewicz Łuczak Łapiński Michałowski Pawłowska Głowacki Kołodziej "
            + "Małecki Jabłoński Słowik Wołoszyn Białek Wróbel Wiśniewska Kozłowski Żółkiewski Dąbrowski Gałązka").split(" ");

    private static final String[] BACKGROUND_FIRST = ("Jayden Olivia Amelia Isla Ava Mia Ivy Lily Freya Grace Emily Ella Rosie "
            + "Evie Sophie Poppy Noah Oliver George Arthur Leo Muhammad Harry Oscar Archie Henry Jack Charlie Alfie Jacob "
            + "Isaac Lucas Ethan Mason Riley Chloe Ruby Daisy Millie Hannah Layla Zara Aisha Fatima Amir Yusuf Omar Liam "
            + "Connor Kyle Tyler Callum Dylan Leah Megan Aaron Adam David John Michael Sarah Laura Emma Rachel").split(" ");
    private static final String[] BACKGROUND_LAST = ("Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright "
            + "Thompson Evans Walker White Roberts Green Hall Wood Jackson Clarke Patel Khan Ahmed Ali Hussain Begum Shah "
            + "Singh Kaur Whitfield Harrison Lewis Martin Cooper Hill Ward Morris Moore Murphy Kelly Nowak Kowalski").split(" ");

    private static final UUID REFERRAL = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final LocalDate TODAY = LocalDate.now();

    private enum Role { PERSON, NAMESAKE, SIBLING, TWIN, BACKGROUND }

    /** A kind printed for what it shows, not counted in "all": by design not strong (name alone is not enough). */
    private static final String BEYOND = "* ";

    private record Known(UUID personId, Role role, String first, String last, BirthDate born, String postcode) {
    }

    private record Query(String kind, Known person, Sought sought) {
    }

    private static final class Tally {
        int queries;
        int found;
        int strong;
        int right;
        final Map<Role, Integer> wrong = new LinkedHashMap<>();
    }

    @Test
    void measure() throws Exception {
        int people = Integer.getInteger("bench.people", 450);
        int background = Integer.getInteger("bench.background", 5000);
        Random random = new Random(Long.getLong("bench.seed", 27));
        List<Known> index = new ArrayList<>();
        List<Query> queries = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            switch (i % 3) {
                case 0 -> family(random, NICKNAMED, NICKNAMED_SURNAMES, i, index, queries, (name, known) -> List.of(
                        new Query("nickname", known, sought(name[1], known.last(), known))));
                case 1 -> family(random, IRISH, IRISH_SURNAMES, i, index, queries, (name, known) -> List.of(
                        new Query("irish spelling", known, sought(name[1], known.last(), known))));
                default -> family(random, POLISH, POLISH_SURNAMES, i, index, queries, (name, known) -> List.of(
                        new Query("nickname", known, sought(name[1], known.last(), known)),
                        new Query("letters such as Ł", known, sought(plain(known.first()), plain(known.last()), known))));
            }
        }
        for (int i = 0; i < background; i++) {
            index.add(new Known(UUID.randomUUID(), Role.BACKGROUND, pick(random, BACKGROUND_FIRST), pick(random, BACKGROUND_LAST),
                    random.nextInt(10) == 0 ? BirthDate.unknown() : BirthDate.on(childBirthDate(random, false)), postcode(random)));
        }
        Map<UUID, Known> byId = new LinkedHashMap<>();
        index.forEach(known -> byId.put(known.personId(), known));

        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                Connection connection = postgres.getPostgresDatabase().getConnection()) {
            MatchingBenchmark.migrate(connection);
            load(connection, index);
            CandidateSearch.nameThreshold(connection, Double.parseDouble(System.getProperty("bench.threshold", "0.45")));
            Map<String, Tally> tallies = new LinkedHashMap<>();
            Tally all = new Tally();
            UUID other = UUID.randomUUID();
            for (Query query : queries) {
                Tally tally = tallies.computeIfAbsent(query.kind(), kind -> new Tally());
                boolean found = false;
                List<Tally> counting = query.kind().startsWith(BEYOND) ? List.of(tally) : List.of(tally, all);
                for (Candidate candidate : CandidateSearch.search(connection, query.sought(), other, 50)) {
                    if (!MatchScore.of(query.sought(), candidate).strong()) {
                        continue;
                    }
                    boolean right = candidate.personId().equals(query.person().personId());
                    found |= right;
                    for (Tally counted : counting) {
                        counted.strong++;
                        if (right) {
                            counted.right++;
                        } else {
                            counted.wrong.merge(byId.get(candidate.personId()).role(), 1, Integer::sum);
                        }
                    }
                }
                for (Tally counted : counting) {
                    counted.queries++;
                    counted.found += found ? 1 : 0;
                }
            }
            print(people, index.size(), tallies, all);
            assertThat(recall(all)).as("overall recall at the strong threshold").isGreaterThanOrEqualTo(0.95);
            assertThat(precision(all)).as("overall precision at the strong threshold").isGreaterThanOrEqualTo(0.98);
        }
    }

    private interface Variants {
        List<Query> of(String[] name, Known known);
    }

    /** A person with their namesake, sibling and perhaps twin in the index, and their re-referrals as queries. */
    private static void family(Random random, String[][] names, String[] surnames, int i, List<Known> index, List<Query> queries,
            Variants nameVariants) {
        String[] name = names[random.nextInt(names.length)];
        String last = pick(random, surnames);
        LocalDate born = childBirthDate(random, true);
        String postcode = postcode(random);
        Known person = new Known(UUID.randomUUID(), Role.PERSON, name[0], last, BirthDate.on(born), postcode);
        index.add(person);
        index.add(new Known(UUID.randomUUID(), Role.NAMESAKE, name[0], last, BirthDate.on(childBirthDate(random, false)),
                postcode(random)));
        index.add(new Known(UUID.randomUUID(), Role.SIBLING, otherName(random, names, name), last,
                BirthDate.on(born.minusYears(1 + random.nextInt(6)).plusDays(random.nextInt(200))), postcode));
        if (i % 9 < 3) {
            index.add(new Known(UUID.randomUUID(), Role.TWIN, otherName(random, names, name), last, BirthDate.on(born), postcode));
        }
        int age = Period.between(born, TODAY).getYears();
        int estimated = Math.max(0, age + List.of(-1, 0, 0, 1).get(random.nextInt(4)));
        queries.add(new Query("date of birth not known", person, new Sought(name[0], last, BirthDate.unknown(), key(postcode))));
        queries.add(new Query("year of birth only", person, new Sought(name[0], last, BirthDate.inYear(born.getYear()),
                key(postcode))));
        queries.add(new Query("approximate age", person, new Sought(name[0], last, BirthDate.aged(estimated, TODAY), key(postcode))));
        queries.add(new Query("day and month swapped", person, new Sought(name[0], last,
                BirthDate.on(BirthDate.on(born).swapped()), key(postcode))));
        queries.addAll(nameVariants.of(name, person));
        queries.add(new Query("nickname, moved house", person, new Sought(name[1], last, BirthDate.on(born),
                key(postcode(random)))));
        queries.add(new Query(BEYOND + "no date of birth, moved", person, new Sought(name[0], last, BirthDate.unknown(),
                key(postcode(random)))));
    }

    private static Sought sought(String first, String last, Known person) {
        return new Sought(first, last, person.born(), key(person.postcode()));
    }

    /** Another name of the group, neither the same nor a variant of it: a sibling's or a twin's. */
    private static String otherName(Random random, String[][] names, String[] name) {
        while (true) {
            String[] other = names[random.nextInt(names.length)];
            if (!other[0].equals(name[0]) && !GivenNames.variants(other[0], name[0]) && !GivenNames.variants(other[0], name[1])) {
                return other[0];
            }
        }
    }

    /** A child's date of birth, 1 to 17 years ago; {@code swappable}: day 1–12 and not the month, so a swap is a date. */
    private static LocalDate childBirthDate(Random random, boolean swappable) {
        while (true) {
            LocalDate born = TODAY.minusYears(1).minusDays(random.nextInt(365 * 16));
            if (!swappable || BirthDate.on(born).swapped() != null) {
                return born;
            }
        }
    }

    private static String postcode(Random random) {
        return "EM" + (1 + random.nextInt(9)) + " " + random.nextInt(10) + (char) ('A' + random.nextInt(26))
                + (char) ('A' + random.nextInt(26));
    }

    private static String key(String postcode) {
        return NameKeys.postcode(postcode);
    }

    /** As typed on a keyboard without Polish letters: "Michał Wróbel" → "Michal Wrobel". */
    private static String plain(String name) {
        return java.text.Normalizer.normalize(name.replace('ł', 'l').replace('Ł', 'L'), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }

    private static String pick(Random random, String[] from) {
        return from[random.nextInt(from.length)];
    }

    private static void load(Connection connection, List<Known> index) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO referral_person (id, referral_id, position, person_id, role, first_name, last_name, date_of_birth,
                                             born_earliest, born_latest, postcode, name_key, phonetic_key, family_key, postcode_key)
                VALUES (?, ?, ?, ?, 'child', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            int position = 0;
            for (Known known : index) {
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, REFERRAL);
                insert.setInt(3, position++);
                insert.setObject(4, known.personId());
                insert.setString(5, known.first());
                insert.setString(6, known.last());
                date(insert, 7, known.born().exact());
                date(insert, 8, known.born().earliest());
                date(insert, 9, known.born().latest());
                insert.setString(10, known.postcode());
                insert.setString(11, NameKeys.name(known.first(), known.last()));
                insert.setString(12, NameKeys.phonetic(known.first(), known.last()));
                insert.setString(13, NameKeys.family(known.last()));
                insert.setString(14, key(known.postcode()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (var statement = connection.createStatement()) {
            statement.execute("ANALYZE referral_person");
        }
    }

    private static void date(PreparedStatement statement, int index, LocalDate date) throws SQLException {
        if (date == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setDate(index, Date.valueOf(date));
        }
    }

    private static double recall(Tally tally) {
        return tally.queries == 0 ? 0 : (double) tally.found / tally.queries;
    }

    private static double precision(Tally tally) {
        return tally.strong == 0 ? 1 : (double) tally.right / tally.strong;
    }

    private static void print(int people, int indexed, Map<String, Tally> tallies, Tally all) {
        System.out.printf(Locale.ROOT, "%nknown-to-services match quality: %d people referred again, %d people in the index,"
                + " strong from %.2f%n", people, indexed, MatchScore.STRONG);
        System.out.printf(Locale.ROOT, "%-24s %8s %8s %8s %8s %10s   %s%n", "variant", "queries", "found", "recall", "strong",
                "precision", "wrong strong matches");
        Function<Tally, String> wrong = tally -> tally.wrong.isEmpty() ? "-" : tally.wrong.entrySet().stream()
                .map(entry -> entry.getKey().name().toLowerCase(Locale.ROOT) + " " + entry.getValue()).reduce((a, b) -> a + ", " + b)
                .orElse("-");
        tallies.forEach((kind, tally) -> {
            if (!kind.startsWith(BEYOND)) {
                line(kind, tally, wrong);
            }
        });
        System.out.printf(Locale.ROOT, "%-24s %8d %8d %7.2f%% %8d %9.2f%%   %s%n", "all", all.queries, all.found,
                recall(all) * 100, all.strong, precision(all) * 100, wrong.apply(all));
        tallies.forEach((kind, tally) -> {
            if (kind.startsWith(BEYOND)) {
                line(kind, tally, wrong);
            }
        });
        System.out.printf("%snot strong by design (a name without a date of birth or an address), not in \"all\"%n%n", BEYOND);
    }

    private static void line(String kind, Tally tally, Function<Tally, String> wrong) {
        System.out.printf(Locale.ROOT, "%-24s %8d %8d %7.2f%% %8d %9.2f%%   %s%n", kind,
                tally.queries, tally.found, recall(tally) * 100, tally.strong, precision(tally) * 100, wrong.apply(tally));
    }
}
