package org.earlyhelp.consent.dataprotection;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.earlyhelp.consent.Staff;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.platform.test.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The README's "Data protection officer" access table, row by row: who may ask a subject access request, read one
 * a Northshire officer asked, and ask for a rectification, restriction or erasure.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
@WithTestResource(StubContexts.class)
class DataProtectionOfficerAccessTest {

    /** caller, ask a request, read Northshire's request (and its bundle, document), ask about a person. */
    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of("DPO", Officers.dpo(), 201, 200, 200),
                Arguments.of("DPO of another agency", Officers.policeDpo(), 201, 404, 200),
                Arguments.of("AU without the DPO role", Staff.auditor(), 403, 403, 403),
                Arguments.of("HT", Staff.hubTriage(), 403, 403, 403),
                Arguments.of("CL", Staff.healthVisitorLead(), 403, 403, 403),
                Arguments.of("P", Staff.policeOfficer(), 403, 403, 403),
                Arguments.of("PS", Staff.policeSystem(), 403, 403, 403),
                Arguments.of("DA", Staff.hubDirectoryAdmin(), 403, 403, 403));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void asTheReadmesTableSays(String row, Tokens caller, int ask, int read, int personRequest) {
        UUID person = UUID.randomUUID();
        String northshires = given().header("Authorization", Officers.dpo().bearer()).contentType(ContentType.JSON)
                .body(Map.of("personId", UUID.randomUUID().toString())).when().post("/api/subject-access-requests").then()
                .statusCode(201).extract().path("id");

        given().header("Authorization", caller.bearer()).contentType(ContentType.JSON).body(Map.of("personId", person.toString()))
                .when().post("/api/subject-access-requests").then().statusCode(ask);
        for (String part : new String[] { "", "/bundle", "/document" }) {
            given().header("Authorization", caller.bearer()).when().get("/api/subject-access-requests/" + northshires + part).then()
                    .statusCode(read);
        }
        given().header("Authorization", caller.bearer()).when().get("/api/people/" + person + "/restriction").then()
                .statusCode(personRequest);
        given().header("Authorization", caller.bearer()).contentType(ContentType.JSON)
                .body(Map.of("reason", "Subject asked by letter", "dryRun", true))
                .when().post("/api/people/" + person + "/erasure").then().statusCode(personRequest);
    }
}
