package org.earlyhelp.directory.oruk;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import org.earlyhelp.directory.Forms;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** What a practitioner finds in the public directory (the Northshire demo data), and what a bad query gets. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ServiceSearchTest {

    private static List<String> names(String query) {
        return given().when().get("/oruk/services?per_page=100&" + query).then().statusCode(200)
                .extract().jsonPath().getList("contents.name", String.class);
    }

    @Test
    void filtersCombine() {
        List<String> housingForA17YearOldInWestbrook = names("need=housing&age=17&district=westbrook");
        assertThat(housingForA17YearOldInWestbrook).contains("Young People's Supported Housing", "Housing Options and Homelessness Prevention",
                "Safe Haven Refuge");
        assertThat(housingForA17YearOldInWestbrook).doesNotContain("Tenancy Sustainment Service" /* 18+ */,
                "Debt Advice Service" /* 18+ */, "Eastmere Community Pantry" /* Eastmere only */);

        List<String> withText = names("need=housing&age=17&district=westbrook&search=young people");
        assertThat(withText).first().isEqualTo("Young People's Supported Housing");

        List<String> ofOneOrganisation = names("organization_id=" + Forms.BRIGHTSTART + "&taxonomy_term_id=" + Forms.TYPE_PARENTING
                + "&age=4");
        // Teen Parenting Support (11+) and Bump to Baby Group (under 2) do not cover a 4-year-old.
        assertThat(ofOneOrganisation).containsExactlyInAnyOrder("Incredible Years Parenting Group", "Reducing Parental Conflict");
    }

    @Test
    void aBroadTermAlsoFindsServicesTaggedWithANarrowerOne() {
        assertThat(names("taxonomy_term_id=" + Forms.TYPE_FAMILY_SUPPORT)).contains("Incredible Years Parenting Group" /* parenting */);
        assertThat(names("taxonomy_id=" + Forms.NEEDS_TAXONOMY)).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void misspeltWordsStillFindTheirService() {
        assertThat(names("search=parentng")).contains("Incredible Years Parenting Group", "Teen Parenting Support");
        assertThat(names("search=counseling")).first().isEqualTo("Open Minds Counselling");
        assertThat(names("search=brightstrat")).contains("BrightStart Family Key Worker");
    }

    @Test
    void fullTextCoversDescriptionsAndOrganisations() {
        assertThat(names("search=universal credit")).contains("Help to Claim Universal Credit", "Jobcentre Work Coach");
        assertThat(names("search=Northshire Recovery Partnership")).contains("Adult Drug and Alcohol Treatment");
    }

    @Test
    void inactiveAndDefunctServicesAreLeftOutUnlessAskedFor() {
        assertThat(names("")).doesNotContain("Sure Start Drop-in (closed)", "Dads' Saturday Club")
                .contains("Westbrook Youth Club" /* temporarily closed, still offered */);
        assertThat(names("status=defunct")).contains("Sure Start Drop-in (closed)")
                .doesNotContain("Dads' Saturday Club", "Westbrook Youth Club", "Teen Parenting Support");
        assertThat(names("status=inactive,defunct")).contains("Sure Start Drop-in (closed)", "Dads' Saturday Club")
                .doesNotContain("Teen Parenting Support");
    }

    @Test
    void nearAPostcodeTheNearestComeFirstAndOnlyWithinTheDistance() {
        JsonPath page = given().when().get("/oruk/service_at_locations?postcode=ns1 1ej&proximity=12000&per_page=100")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> locations = page.getList("contents.location");
        assertThat(locations).isNotEmpty();
        assertNearestFirstWithin12Km(locations);
        List<String> placesNearby = page.getList("contents.location.name", String.class);
        assertThat(placesNearby.get(0)).isEqualTo("Eastmere Family Hub");
        assertThat(placesNearby).doesNotContain("Kingsfold Youth Centre", "Westbrook Housing Office");

        List<String> fromKingsfold = given().when().get("/oruk/service_at_locations?postcode=NS7&per_page=5")
                .then().statusCode(200).extract().jsonPath().getList("contents.location.name", String.class);
        assertThat(fromKingsfold.get(0)).startsWith("Kingsfold");
    }

    @Test
    void wordsNearAPostcodeAreStillNearestFirst() {
        JsonPath page = given().when().get("/oruk/service_at_locations?search=family&postcode=ns1 1ej&proximity=12000&per_page=100")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> locations = page.getList("contents.location");
        assertThat(locations).isNotEmpty().hasSize(page.getInt("total_items"));
        assertNearestFirstWithin12Km(locations);
    }

    /** Each location no farther from NS1 1EJ (53.67989, -1.13698) than the next, and all within 12 km. */
    private static void assertNearestFirstWithin12Km(List<Map<String, Object>> locations) {
        double previous = 0;
        for (Map<String, Object> location : locations) {
            double metres = metres(53.67989, -1.13698, ((Number) location.get("latitude")).doubleValue(),
                    ((Number) location.get("longitude")).doubleValue());
            assertThat(metres).isLessThanOrEqualTo(12_000).isGreaterThanOrEqualTo(previous - 0.5);
            previous = metres;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/oruk/services?search=parenting", "/oruk/services?need=housing&age=17",
            "/oruk/service_at_locations?postcode=NS1 1EJ&proximity=8000", "/oruk/service_at_locations?search=support"})
    void aPageBeyondTheLastStillSaysHowManyMatch(String search) {
        int total = given().when().get(search + "&per_page=5").then().statusCode(200).extract().path("total_items");
        assertThat(total).isPositive();
        given().when().get(search + "&per_page=5&page=999").then().statusCode(200)
                .body("empty", equalTo(true)).body("total_items", equalTo(total)).body("total_pages", equalTo((total + 4) / 5));
    }

    @Test
    void thePublicApiNeedsNoTokenAndAnyPageMayReadIt() {
        given().header("Origin", "https://family-app.example").when().get("/oruk/services")
                .then().statusCode(200).header("Access-Control-Allow-Origin", "*");
        given().header("Origin", "https://family-app.example").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "x-request-id")
                .when().options("/oruk/services").then().statusCode(204).header("Access-Control-Allow-Origin", "*");
    }

    @ParameterizedTest
    @ValueSource(strings = {"per_page=-1", "page=abc", "per_page=1000000", "per_page=101", "page=0", "per_page=99999999999999999999",
            "taxonomy_term_id=not-a-uuid", "organization_id=1", "modified_after=yesterday", "minimal=maybe", "full=1",
            "age=-3", "age=twelve", "status=open", "need=<script>", "format=xml", "district=east,west"})
    void aBadQueryValueIsAProblemNotAServerError(String query) {
        given().when().get("/oruk/services?" + query)
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400))
                .body("detail", startsWith("Query parameter"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"proximity=500", "postcode=NOTAPOSTCODE&proximity=500", "postcode=ZZ9 9ZZ", "postcode=NS1&proximity=-5",
            "postcode=NS1&proximity=far", "per_page=0"})
    void aBadLocationQueryIsAProblemNotAServerError(String query) {
        given().when().get("/oruk/service_at_locations?" + query)
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void anUnknownOrMalformedIdIsNotFound() {
        given().when().get("/oruk/services/00000000-0000-0000-0000-000000000000").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/oruk/services/not-a-uuid").then().statusCode(404);
        given().when().get("/oruk/taxonomy_terms/123").then().statusCode(404);
    }

    @Test
    void aPageBeyondTheLastIsEmptyNotAnError() {
        given().when().get("/oruk/services?page=999").then().statusCode(200)
                .body("empty", equalTo(true)).body("size", equalTo(0)).body("page_number", equalTo(999));
    }

    private static double metres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 6_371_008.8 * 2 * Math.asin(Math.sqrt(a));
    }
}
