package org.earlyhelp.e2e.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.earlyhelp.e2e.Agency;
import org.earlyhelp.e2e.Cases;
import org.earlyhelp.e2e.Consents;
import org.earlyhelp.e2e.EndToEnd;
import org.earlyhelp.e2e.Hub;
import org.earlyhelp.e2e.Login;
import org.earlyhelp.e2e.People;
import org.earlyhelp.e2e.Referrals;
import org.earlyhelp.e2e.TheSuite;
import org.earlyhelp.platform.test.ClearTextScan;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A family seeded through the API into referral-, case- and consent-service: their names, the child's date of birth and
 * the words of the concerns, needs and notes are in no service's database in clear, every table of every database
 * searched as a dump would show it (issue 28 point 4, decision 0060). What the decision lists as kept in clear for
 * matching stays where it says: the lower-case name keys and dates of birth of referral-service's matching index.
 */
@EndToEnd
class NothingInClearTest {

    private static final String[] DATABASES = { "directory", "referral", "case", "consent" };
    /** Where decision 0060 keeps matching's keys and dates of birth in clear: referral-service's index of people. */
    private static final Set<String> MATCHING_INDEX = Set.of("referral/referral_person", "referral/case_person");

    @Test
    void aFamilysNamesDateOfBirthAndConcernsAreInNoDatabaseInClear() throws SQLException {
        String surname = "Zq" + letters();
        LocalDate born = LocalDate.of(2014, 1 + ThreadLocalRandom.current().nextInt(12), 1 + ThreadLocalRandom.current().nextInt(28));
        People.Person child = new People.Person("Kai", surname, born, "EM4 2QX");
        Referrals.Submitted referral = Referrals.aboutChild(child)
                .member("Donna", surname, LocalDate.of(1988, 5, 17), "mother")
                .onlyConcern("housing", "The family sleep in one room since the flood, says " + surname, "medium")
                .submitBy(Login.TEACHER_EVANS);
        Hub.accept(referral, Agency.HEALTH_VISITING);
        UUID caseId = Cases.openedFor(referral.id(), Login.HV_MORGAN);
        Cases.assessNeed(Login.HV_MORGAN, caseId, "housing", "medium", "Black mould in the bedroom of " + surname);
        Cases.writeNote(Login.HV_MORGAN, caseId, "Home visit: " + child.displayName() + " was asleep", false);
        Consents.about(referral.childPersonId(), child.displayName())
                .permit("team-around-family", Set.of(Agency.ACADEMY.code()), Set.of("identity", "education"))
                .recordBy(Login.HV_MORGAN);

        assertThat(inClear(surname)).as("tables holding the family's surname as written").isEmpty();
        assertThat(inClear("sleep in one room")).as("tables holding the referral's concern").isEmpty();
        assertThat(inClear("Black mould")).as("tables holding the need's notes").isEmpty();
        assertThat(inClear(surname.toLowerCase()).keySet()).as("the surname as a matching key").isSubsetOf(MATCHING_INDEX);
        assertThat(inClear(born.toString()).keySet()).as("the child's date of birth").isSubsetOf(MATCHING_INDEX);
    }

    /** {@code database/table} → rows holding {@code marker} anywhere, over every table of the four services' databases. */
    private static Map<String, Long> inClear(String marker) throws SQLException {
        Map<String, Long> found = new LinkedHashMap<>();
        for (String database : DATABASES) {
            PGSimpleDataSource source = new PGSimpleDataSource();
            source.setUrl(TheSuite.running().jdbcUrl(database));
            source.setUser("postgres");
            source.setPassword("postgres");
            ClearTextScan.tablesContaining(source, marker).forEach((table, rows) -> found.put(database + "/" + table, rows));
        }
        return found;
    }

    private static String letters() {
        StringBuilder letters = new StringBuilder();
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            letters.append((char) ('a' + Character.digit(c, 16)));
        }
        return letters.toString();
    }
}
