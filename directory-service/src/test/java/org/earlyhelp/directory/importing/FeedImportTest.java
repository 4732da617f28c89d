package org.earlyhelp.directory.importing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.UUID;

import org.earlyhelp.directory.Callers;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** An ORUK feed is taken whole or not at all, and a refusal says where the feed is wrong. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class FeedImportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ArrayNode export() throws Exception {
        String body = given().header("Authorization", Callers.directoryAdmin()).when().get("/api/directory/export")
                .then().statusCode(200).extract().asString();
        return (ArrayNode) JSON.readTree(body);
    }

    /** A copy of an exported service under new ids (service and its children), as another publisher would send it. */
    private static ObjectNode asNewService(JsonNode exported, String name) {
        ObjectNode copy = exported.deepCopy();
        copy.put("id", UUID.randomUUID().toString());
        copy.put("name", name);
        for (String children : new String[] {"schedules", "service_areas", "service_at_locations", "languages", "cost_options",
                "contacts", "attributes"}) {
            copy.withArray(children).forEach(child -> ((ObjectNode) child).put("id", UUID.randomUUID().toString()));
        }
        copy.withArray("contacts").forEach(contact -> ((ObjectNode) contact).withArray("phones")
                .forEach(phone -> ((ObjectNode) phone).put("id", UUID.randomUUID().toString())));
        return copy;
    }

    private static io.restassured.response.Response importing(Object feed) {
        return given().header("Authorization", Callers.directoryAdmin()).contentType(ContentType.JSON).body(feed.toString())
                .when().post("/api/directory/imports");
    }

    @Test
    void anExportImportsAgainUnchanged() throws Exception {
        ArrayNode exported = export();
        importing(exported).then().statusCode(200).body("services", equalTo(exported.size()));
        ArrayNode again = export();
        for (int i = 0; i < exported.size(); i++) {
            ObjectNode before = (ObjectNode) exported.get(i).deepCopy();
            ObjectNode after = (ObjectNode) again.get(i).deepCopy();
            before.remove("last_modified");
            after.remove("last_modified");
            assertThat(after).isEqualTo(before);
        }
    }

    @Test
    void aFeedWithOneBadRecordIsRefusedWithItsPathAndLeavesNothingBehind() throws Exception {
        ArrayNode exported = export();
        ObjectNode good = asNewService(exported.get(0), "Lighthouse Family Support");
        ObjectNode bad = asNewService(exported.get(1), "Lighthouse Parenting");
        bad.put("status", "open");
        ((ObjectNode) bad.withArray("service_at_locations").get(0).get("location")).put("latitude", "north");
        ((ObjectNode) bad.withArray("contacts").get(0)).put("id", "not-a-uuid");
        ObjectNode feed = JSON.createObjectNode();
        feed.putArray("contents").add(good).add(bad);

        importing(feed).then().statusCode(422).contentType("application/problem+json")
                .body("violations.field", hasItem("$.contents[1].status"))
                .body("violations.field", hasItem("$.contents[1].service_at_locations[0].location.latitude"))
                .body("violations.field", hasItem("$.contents[1].contacts[0].id"));

        given().when().get("/oruk/services/" + good.get("id").asText()).then().statusCode(404);
        given().when().get("/oruk/services?search=lighthouse family support&per_page=100")
                .then().body("contents.id", not(hasItem(good.get("id").asText())));
    }

    @Test
    void aRecordNamingSomethingThatExistsNowhereIsRefusedWithItsPath() throws Exception {
        ObjectNode service = asNewService(export().get(2), "Lighthouse Money Advice");
        ObjectNode site = (ObjectNode) service.withArray("service_at_locations").get(0);
        site.remove("location");
        site.put("location_id", UUID.randomUUID().toString());
        importing(JSON.createArrayNode().add(service)).then().statusCode(422)
                .body("violations[0].field", equalTo("$[0].service_at_locations[0].location_id"));
        given().when().get("/oruk/services/" + service.get("id").asText()).then().statusCode(404);
    }

    @Test
    void aNewServiceInAFeedIsPublished() throws Exception {
        ObjectNode service = asNewService(export().get(3), "Lighthouse Youth Drop-in");
        importing(JSON.createArrayNode().add(service)).then().statusCode(200).body("services", equalTo(1));
        given().when().get("/oruk/services?search=lighthouse youth").then().body("contents.id", hasItem(service.get("id").asText()));
    }

    @Test
    void somethingThatIsNoFeedIsRefused() {
        importing(JSON.createObjectNode().put("services", 3)).then().statusCode(422).body("violations[0].field", equalTo("$"));
        given().header("Authorization", Callers.directoryAdmin()).contentType(ContentType.JSON).body("{not json")
                .when().post("/api/directory/imports").then().statusCode(400);
    }
}
