package org.earlyhelp.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.platform.test.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Only a signed-in member of an agency reaches the referral API; every forged or foreign token is refused. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class SignedInAgencyTest {

    private static Tokens policeOfficer() {
        return Tokens.user("pc.hughes").agency("northshire-police", "police").roles("practitioner");
    }

    @Test
    void aPractitionerOfAnAgencySeesTheReferralList() {
        given().header("Authorization", policeOfficer().bearer())
                .when().get("/api/referrals")
                .then().statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(20));
    }

    @Test
    void aPartnerSystemOfAnAgencySeesTheReferralList() {
        given().header("Authorization", Tokens.partnerSystem("police-records-system").agency("northshire-police", "police").bearer())
                .when().get("/api/referrals")
                .then().statusCode(200);
    }

    @Test
    void noTokenIsUnauthorized() {
        given().when().get("/api/referrals").then().statusCode(401);
    }

    @Test
    void aTokenThatBelongsToNoAgencyIsUnauthorized() {
        given().header("Authorization", Tokens.user("nobody").roles("practitioner").bearer())
                .when().get("/api/referrals")
                .then().statusCode(401);
    }

    @Test
    void anExpiredTokenIsUnauthorized() {
        given().header("Authorization", policeOfficer().expiresAt(Instant.now().minusSeconds(600)).bearer())
                .when().get("/api/referrals")
                .then().statusCode(401);
    }

    @Test
    void aTokenFromAnotherIssuerIsUnauthorized() {
        given().header("Authorization", policeOfficer().issuer("https://elsewhere.example.com").bearer())
                .when().get("/api/referrals")
                .then().statusCode(401);
    }

    @Test
    void aTokenForAnotherAudienceIsUnauthorized() {
        given().header("Authorization", policeOfficer().audience("some-other-api").bearer())
                .when().get("/api/referrals")
                .then().statusCode(401);
    }

    @Test
    void aTokenWithAnAlteredPayloadIsUnauthorized() {
        String[] parts = policeOfficer().sign().split("\\.");
        String forged = Tokens.user("pc.hughes").agency("northshire-early-help", "local-authority").roles("hub-triage").sign();
        String tampered = parts[0] + "." + forged.split("\\.")[1] + "." + parts[2];
        given().header("Authorization", "Bearer " + tampered)
                .when().get("/api/referrals")
                .then().statusCode(401);
    }
}
