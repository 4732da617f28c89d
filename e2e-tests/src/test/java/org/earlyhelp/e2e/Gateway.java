package org.earlyhelp.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Requests through the gateway, the suite's only public entry, as one of the logins. */
public final class Gateway {

    private Gateway() {
    }

    /** A JSON request to the gateway with {@code login}'s token (none for {@link Login#ANONYMOUS}). */
    public static RequestSpecification as(Login login) {
        RequestSpecification request = given().baseUri(TheSuite.running().gatewayUrl()).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
        String token = login.token();
        return token == null ? request : request.auth().oauth2(token);
    }

    /** A JSON request to the gateway with exactly this Authorization bearer value. */
    public static RequestSpecification withToken(String token) {
        return given().baseUri(TheSuite.running().gatewayUrl()).contentType(ContentType.JSON).accept(ContentType.JSON)
                .header("Authorization", "Bearer " + token);
    }
}
