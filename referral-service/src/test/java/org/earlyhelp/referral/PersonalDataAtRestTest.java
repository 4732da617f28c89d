package org.earlyhelp.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.earlyhelp.platform.test.ClearTextScan;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A family's names, address, relationships, concerns and the hub's reasons are nowhere in referral-service's database
 * in clear, every table searched, the event feed's payloads included (issue 28 point 4, decision 0060); the API and the
 * feed give them back whole. What matching keeps in clear (lower-case name keys, dates of birth, postcode districts)
 * is what the decision lists.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class PersonalDataAtRestTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theFamilyIsCiphertextInEveryTableAndReadsBackWholeThroughTheApiAndTheFeed() throws Exception {
        String surname = "Zq" + letters();
        String concern = "Mother says the boiler has failed, " + surname;
        String id = Api.submitted(Agencies.teacher(), Referrals.child("Jayden", surname)
                .member("Donna", surname, "1985-03-02", "mother")
                .concern("housing", concern, "medium").build());
        Api.act(Agencies.hubScreener(), id, "triage", null).statusCode(200);
        Api.consentToLead(id, Agencies.HEALTH_VISITING);
        Api.act(Agencies.hubScreener(), id, "accept", Map.of("leadAgency", Agencies.HEALTH_VISITING,
                "reason", "Health visiting knows the family, " + surname)).statusCode(200);

        assertThat(ClearTextScan.tablesContaining(dataSource, surname)).as("tables holding the surname as written").isEmpty();
        assertThat(ClearTextScan.tablesContaining(dataSource, "boiler has failed")).as("tables holding the concern").isEmpty();
        assertThat(ClearTextScan.tablesContaining(dataSource, surname.toLowerCase()).keySet())
                .as("only the matching index keeps the name, as a lower-case key").containsOnly("referral_person");

        Api.read(Agencies.hubScreener(), id).statusCode(200)
                .body("children[0].lastName", equalTo(surname))
                .body("household[0].firstName", equalTo("Donna"))
                .body("household[0].relationship", equalTo("mother"))
                .body("concerns.description", hasItem(concern));
        List<Map<String, Object>> accepted = Feed.events(Agencies.eventConsumer(), "referral.accepted");
        assertThat(accepted).anySatisfy(event -> assertThat(event.get("subject")).isEqualTo(id));
        assertThat(accepted.toString()).contains(surname);
    }

    private static String letters() {
        StringBuilder letters = new StringBuilder();
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            letters.append((char) ('a' + Character.digit(c, 16)));
        }
        return letters.toString();
    }
}
