package org.earlyhelp.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Personal data is ciphertext in the database and reads back whole (issue 28 point 4, decision 0060); a new data key
 * encrypts new writes at once, old rows still read, the job re-encrypts them and retires the old key; values stored
 * before a column was encrypted read as they were and are encrypted by the same job.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestProfile(PersonalDataAtRestTest.ShortLivedResponses.class)
class PersonalDataAtRestTest {

    /** Old keys retire once no stored idempotency response can need them: a second here, a day by default. */
    public static class ShortLivedResponses implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("earlyhelp.idempotency.ttl", "PT1S");
        }
    }

    @Inject
    EntityManager entities;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    Resealing resealing;
    @Inject
    DataKeys keys;

    @Test
    void nameAndNoteAreCiphertextInTheDatabaseAndReadBackWhole() throws SQLException {
        String marker = "Kayleigh Brennan " + UUID.randomUUID();
        UUID id = save(new ToyPerson(marker, "Mother drinking heavily; " + marker, "eastmere"));

        assertThat(everyValueOfTheTable()).noneMatch(row -> row.contains(marker))
                .anySatisfy(row -> assertThat(row).contains(id.toString(), "eastmere"));
        assertThat(stored(id, "name")).startsWith(PersonalData.PREFIX);
        ToyPerson read = QuarkusTransaction.requiringNew().call(() -> entities.find(ToyPerson.class, id));
        assertThat(read.name).isEqualTo(marker);
        assertThat(read.note).endsWith(marker);
    }

    @Test
    void aNewDataKeyEncryptsNewWritesTheJobReEncryptsOldOnesAndTheOldKeyRetires() throws Exception {
        UUID before = save(new ToyPerson("Written before the rotation", null, "eastmere"));
        String oldPrefix = stored(before, "name").substring(0, PersonalData.PREFIX.length() + 9);

        resealing.rotateNow();
        UUID after = save(new ToyPerson("Written after the rotation", null, "eastmere"));
        assertThat(stored(after, "name")).doesNotStartWith(oldPrefix);
        assertThat(name(before)).as("a value under the old key still reads").isEqualTo("Written before the rotation");

        while (resealing.run() > 0) {
            // batch after batch until nothing is left under an old key
        }
        assertThat(stored(before, "name")).doesNotStartWith(oldPrefix);
        Thread.sleep(2_100); // every instance has had two runs to load the new key (reseal-every=1s in tests)
        resealing.run();

        assertThat(keys.current().keyset().size()).as("the old key is retired").isEqualTo(1);
        assertThat(name(before)).isEqualTo("Written before the rotation");
        assertThat(name(after)).isEqualTo("Written after the rotation");
    }

    @Test
    void aValueStoredBeforeItsColumnWasEncryptedReadsAsItWasAndTheJobEncryptsIt() throws Exception {
        UUID id = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into toy_person (id, name, area) values (?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setString(2, "Stored in clear last year");
            insert.setString(3, "eastmere");
            insert.executeUpdate();
        }
        assertThat(name(id)).isEqualTo("Stored in clear last year");

        while (resealing.run() > 0) {
            // until every row is under the current key
        }

        assertThat(stored(id, "name")).startsWith(PersonalData.PREFIX).doesNotContain("last year");
        assertThat(name(id)).isEqualTo("Stored in clear last year");
    }

    private UUID save(ToyPerson person) {
        QuarkusTransaction.requiringNew().run(() -> entities.persist(person));
        return person.id;
    }

    private String name(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> entities.find(ToyPerson.class, id).name);
    }

    private String stored(UUID id, String column) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select " + column + " from toy_person where id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private List<String> everyValueOfTheTable() throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select t::text from toy_person t");
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                values.add(row.getString(1));
            }
        }
        return values;
    }
}
