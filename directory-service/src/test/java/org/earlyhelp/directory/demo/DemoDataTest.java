package org.earlyhelp.directory.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The Northshire demo directory covers every need and kind of service, links the partner agencies, and a start adds
 * only what is missing.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class DemoDataTest {

    /** The need categories (DOMAIN.md) and service types of migration V2. */
    private static final List<String> SEEDED_TERMS = List.of("education", "early-years", "health", "substance-use",
            "family-relationships", "abuse-exploitation", "crime", "domestic-abuse", "housing", "financial", "family-support",
            "parenting", "mental-health", "counselling", "substance-misuse", "debt-benefits-advice", "employment-support",
            "victim-support", "domestic-abuse-support", "housing-advice", "youth-services");

    @Inject
    DemoData demoData;

    @Inject
    DataSource dataSource;

    private static int total(String query) {
        return given().when().get("/oruk/services?" + query).then().statusCode(200).extract().path("total_items");
    }

    @Test
    void everyNeedAndEveryServiceTypeHasServicesInEveryDistrict() {
        assertThat(total("per_page=1")).isGreaterThanOrEqualTo(40);
        List<Map<String, Object>> terms = given().when().get("/oruk/taxonomy_terms?per_page=100").then().statusCode(200)
                .extract().jsonPath().getList("contents");
        List<Map<String, Object>> seeded = terms.stream().filter(term -> SEEDED_TERMS.contains(term.get("term"))).toList();
        assertThat(seeded).hasSizeGreaterThanOrEqualTo(SEEDED_TERMS.size());
        for (Map<String, Object> term : seeded) {
            assertThat(total("taxonomy_term_id=" + term.get("id"))).as("services for %s", term.get("name")).isPositive();
        }
        for (String district : List.of("eastmere", "westbrook", "kingsfold")) {
            assertThat(total("district=" + district)).as(district).isGreaterThan(25);
        }
    }

    @Test
    void thePartnerAgenciesReceiveReferralsForTheirOrganisations() {
        JsonPath organizations = given().when().get("/oruk/organizations?per_page=100").then().statusCode(200).extract().jsonPath();
        assertThat(organizations.getList("contents.organization_identifiers.flatten().identifier", String.class))
                .contains("brightstart-family-support", "northshire-recovery", "dwp-northshire", "northshire-mental-health");
    }

    @Test
    void loadingAgainChangesNothing() {
        int before = total("status=active,inactive,defunct,temporarily closed");
        String modified = given().when().get("/oruk/services?search=BrightStart Family Key Worker").then()
                .extract().path("contents[0].last_modified");
        demoData.load(new StartupEvent());
        assertThat(total("status=active,inactive,defunct,temporarily closed")).isEqualTo(before);
        assertThat((String) given().when().get("/oruk/services?search=BrightStart Family Key Worker").then()
                .extract().path("contents[0].last_modified")).isEqualTo(modified);
    }

    @Test
    void aDemoServiceMissingFromTheDirectoryIsAddedAtTheNextStart() throws SQLException {
        String name = "Dads' Saturday Club";
        int before = total("status=active,inactive,defunct,temporarily closed");
        delete(NorthshireDirectory.id("service:" + name));
        assertThat(total("status=active,inactive,defunct,temporarily closed")).isEqualTo(before - 1);

        demoData.load(new StartupEvent());

        assertThat(total("status=active,inactive,defunct,temporarily closed")).isEqualTo(before);
        assertThat((String) given().when().get("/oruk/services/" + NorthshireDirectory.id("service:" + name)).then()
                .statusCode(200).extract().path("name")).isEqualTo(name);
    }

    /** Removes a service and everything that belongs to it, as if an older demo directory had never had it. */
    private void delete(UUID service) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            for (String sql : List.of(
                    "DELETE FROM phone WHERE contact_id IN (SELECT id FROM contact WHERE service_id = ?)",
                    "DELETE FROM contact WHERE service_id = ?", "DELETE FROM schedule WHERE service_id = ?",
                    "DELETE FROM cost_option WHERE service_id = ?", "DELETE FROM language WHERE service_id = ?",
                    "DELETE FROM service_attribute WHERE service_id = ?", "DELETE FROM service_area WHERE service_id = ?",
                    "DELETE FROM service_at_location WHERE service_id = ?", "DELETE FROM service WHERE id = ?")) {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setObject(1, service);
                    statement.executeUpdate();
                }
            }
            connection.commit();
        }
    }
}
