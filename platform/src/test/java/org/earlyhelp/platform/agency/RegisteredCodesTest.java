package org.earlyhelp.platform.agency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.platform.test.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * A code is checked against its register (the realm file's Organizations, served by the test OIDC server as Keycloak
 * serves them): unknown is 422 naming the field and stores nothing; malformed stays 400.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class RegisteredCodesTest {

    @BeforeEach
    void nothingStoredYet() {
        ToyDeliveryResource.lastStored = null;
    }

    private static ValidatableResponse deliver(String body) {
        return given().header("Authorization", Tokens.user("pc.hughes").agency("northshire-police", "police")
                        .roles("practitioner").bearer())
                .contentType("application/json").body(body)
                .when().post("/api/toy-deliveries").then();
    }

    @Test
    void registeredCodesAreAccepted() {
        deliver("{\"agency\":\"brightstart-family-support\",\"area\":\"kingsfold\",\"types\":[\"charity\",\"youth-justice\"]}")
                .statusCode(201);
        assertThat(ToyDeliveryResource.lastStored).isNotNull();
    }

    @Test
    void anAgencyNotInTheRegisterIs422NamingTheField() {
        deliver("{\"agency\":\"northshire-polise\"}")
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("/problems/unprocessable"))
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo("agency"))
                .body("violations[0].message", containsString("agency register"));
        assertThat(ToyDeliveryResource.lastStored).isNull();
    }

    @Test
    void aDistrictNoAgencyServesIs422() {
        deliver("{\"area\":\"southmere\"}")
                .statusCode(422).body("violations[0].field", equalTo("area"));
        assertThat(ToyDeliveryResource.lastStored).isNull();
    }

    @Test
    void anUnknownAgencyTypeInAListIsNamedByItsPlace() {
        deliver("{\"types\":[\"police\",\"wizards\"]}")
                .statusCode(422).body("violations.field", hasItem(containsString("types")));
        assertThat(ToyDeliveryResource.lastStored).isNull();
    }

    @Test
    void aMalformedCodeIsStill400EvenBesideAnUnknownOne() {
        deliver("{\"agency\":\"Not A Code\",\"area\":\"southmere\"}")
                .statusCode(400).body("type", equalTo("/problems/validation"));
        assertThat(ToyDeliveryResource.lastStored).isNull();
    }
}
