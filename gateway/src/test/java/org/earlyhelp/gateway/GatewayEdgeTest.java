package org.earlyhelp.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/** What a caller of the one public entry point experiences, with stand-in backends behind it. */
@QuarkusTest
@WithTestResource(OidcTestServer.class)
@WithTestResource(StubBackend.class)
class GatewayEdgeTest {

    private static String token(String user) {
        return Tokens.user(user).agency("northshire-police", "police").roles("practitioner").bearer();
    }

    private static RequestSpecification signedIn() {
        return given().header("Authorization", token("pc.hughes"));
    }

    @Test
    void aRequestReachesTheServiceThatOwnsItsPathUnchanged() {
        signedIn().queryParam("page", 2).header("Accept-Language", "en-GB")
                .when().get("/api/referrals/123/history")
                .then().statusCode(200)
                .header("X-Backend", "stub")
                .body("method", equalTo("GET"))
                .body("path", equalTo("/api/referrals/123/history"))
                .body("query", equalTo("page=2"))
                .body("headers.accept-language", equalTo("en-GB"))
                .body("headers.authorization", notNullValue());
    }

    /** Streaming an absent body would send it chunked, and a service refuses a body of no stated type (415). */
    @Test
    void aRequestWithoutABodyIsForwardedWithoutOne() {
        signedIn().when().get("/api/referrals").then().statusCode(200)
                .body("headers.transfer-encoding", nullValue()).body("body", equalTo(""));
        signedIn().when().post("/api/referrals/123/triage").then().statusCode(200)
                .body("method", equalTo("POST")).body("headers.transfer-encoding", nullValue()).body("body", equalTo(""));
    }

    @Test
    void aBodyIsPassedThrough() {
        signedIn().contentType("application/json").body("{\"concern\":\"housing\"}")
                .when().post("/api/referrals")
                .then().statusCode(200)
                .body("method", equalTo("POST"))
                .body("body", equalTo("{\"concern\":\"housing\"}"));
    }

    @Test
    void everyPrefixOfTheTableGoesToItsBackend() {
        signedIn().when().get("/api/triage-queue").then().statusCode(200).body("path", equalTo("/api/triage-queue"));
        signedIn().when().get("/api/sharing-decisions").then().statusCode(200).body("path", equalTo("/api/sharing-decisions"));
        signedIn().when().get("/api/directory/services").then().statusCode(200).body("path", equalTo("/api/directory/services"));
        signedIn().when().get("/api/events/referral").then().statusCode(200);
    }

    @Test
    void aPathNoServiceOwnsIsANotFoundProblemNotAnHtmlPage() {
        for (String path : new String[] { "/api/nothing-here", "/nothing/at/all", "/favicon.ico" }) {
            signedIn().when().get(path).then().statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("/problems/not-found")).body("instance", equalTo(path));
            given().when().get(path).then().statusCode(anyOf(equalTo(404), equalTo(401))).contentType("application/problem+json");
        }
    }

    /** Sent on a socket: no HTTP client sends a target that is not a URI. Refused at the gateway, never forwarded. */
    @Test
    void brokenPercentEncodingIsABadRequestProblemNotABare400() throws Exception {
        int hits = StubBackend.HITS.get();
        // The target as sent, and the problem's instance: its path as a valid URI reference (a stray % written %25).
        java.util.Map<String, String> instances = java.util.Map.of(
                "/api/referrals/%zz", "/api/referrals/%25zz",
                "/api/referrals?x=%zz", "/api/referrals",
                "/oruk/services/%E0%A4%A", "/oruk/services/%E0%A4%25A");
        for (var target : instances.entrySet()) {
            String answer = raw("GET " + target.getKey() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + token("pc.hughes")
                    + "\r\nConnection: close\r\n\r\n");
            assertThat(answer).as(target.getKey()).startsWith("HTTP/1.1 400")
                    .containsIgnoringCase("content-type: application/problem+json")
                    .contains("\"type\":\"/problems/bad-request\"", "\"instance\":\"" + target.getValue() + "\"", "not a valid URI");
        }
        assertThat(StubBackend.HITS.get()).as("nothing forwarded").isEqualTo(hits);
    }

    private static String raw(String request) throws Exception {
        try (Socket caller = new Socket("127.0.0.1", RestAssured.port)) {
            caller.setSoTimeout(5_000);
            caller.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            caller.getOutputStream().flush();
            return new String(caller.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyProblemTypeIsDocumentedAtItsOwnAddress() {
        String index = given().when().get("/problems").then().statusCode(200).contentType(containsString("text/html"))
                .extract().asString();
        for (org.earlyhelp.platform.http.ProblemKind kind : org.earlyhelp.platform.http.ProblemKind.values()) {
            assertThat(index).contains(kind.type().toString());
            given().when().get(kind.type().toString()).then().statusCode(200).body(containsString(kind.title()));
        }
        given().when().get("/problems/no-such-kind").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void theSuitesApiDocumentListsEveryServicesOperations() {
        // The gateway's own document is the suite's (openapi-lint's SuiteDocumentTest keeps it the services' merge).
        given().accept("application/json").when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("info.title", equalTo("Early Help Hub"))
                .body("paths.keySet()", org.hamcrest.Matchers.hasItems("/api/referrals", "/api/cases", "/api/consents",
                        "/api/sharing-decisions", "/api/directory/services", "/oruk/services"))
                .body("components.schemas.keySet()", org.hamcrest.Matchers.hasItems("Problem", "DirectoryService", "OrukService"));
    }

    @Test
    void aPathNoServiceOwnsIsNotFound() {
        signedIn().when().get("/api/nothing-here").then().statusCode(404);
        signedIn().when().get("/api/referralsX").then().statusCode(404);
    }

    @Test
    void selfAssertedIdentityAndHopByHopHeadersAreStripped() {
        signedIn().header("X-Agency", "northshire-early-help").header("X-User-Id", "someone-else")
                .header("X-Roles", "auditor").header("X-Forwarded-For", "10.0.0.99")
                .header("Proxy-Authorization", "Basic abc").header("X-Request-Id", "trace-7")
                .when().get("/api/referrals")
                .then().statusCode(200)
                .body("headers.x-agency", nullValue())
                .body("headers.x-user-id", nullValue())
                .body("headers.x-roles", nullValue())
                .body("headers.proxy-authorization", nullValue())
                .body("headers.x-forwarded-for", equalTo("127.0.0.1"))
                .body("headers.x-forwarded-proto", equalTo("http"))
                .body("headers.x-request-id", equalTo("trace-7"))
                .header("X-Request-Id", "trace-7");
    }

    @Test
    void withoutATokenTheApiAnswers401BeforeAnyBackendIsTouched() {
        int before = StubBackend.HITS.get();
        given().when().post("/api/referrals")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("requestId", notNullValue());
        given().header("Authorization", Tokens.user("pc.hughes").agency("northshire-police", "police")
                        .expiresAt(Instant.now().minusSeconds(120)).bearer())
                .when().get("/api/referrals")
                .then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer garbage").when().get("/api/referrals")
                .then().statusCode(401).contentType("application/problem+json");
        assertThat(StubBackend.HITS.get()).isEqualTo(before);
    }

    /** A token accepted before is refused once it has expired. */
    @Test
    void aTokenAcceptedBeforeIsRefusedOnceItHasExpired() throws InterruptedException {
        Instant expiry = Instant.now().plusSeconds(3);
        String token = Tokens.user("pc.hughes").agency("northshire-police", "police").expiresAt(expiry).bearer();
        given().header("Authorization", token).when().get("/api/referrals").then().statusCode(200);
        given().header("Authorization", token).when().get("/api/referrals").then().statusCode(200);
        Thread.sleep(Math.max(0, java.time.Duration.between(Instant.now(), expiry).toMillis()) + 1_100);
        int before = StubBackend.HITS.get();
        given().header("Authorization", token).when().get("/api/referrals")
                .then().statusCode(401).contentType("application/problem+json");
        assertThat(StubBackend.HITS.get()).isEqualTo(before);
    }

    /** A token whose signature or claims were altered after an accepted one is refused. */
    @Test
    void aTokenAlteredAfterAnAcceptedOneIsRefused() {
        String token = token("pc.hughes");
        given().header("Authorization", token).when().get("/api/referrals").then().statusCode(200);
        String[] parts = token.substring("Bearer ".length()).split("\\.");
        String otherSignature = parts[2].charAt(0) == 'A' ? "B" + parts[2].substring(1) : "A" + parts[2].substring(1);
        String claimsOfSomeoneElse = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8)
                        .replace("pc.hughes", "hub.patel").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        int before = StubBackend.HITS.get();
        given().header("Authorization", "Bearer " + parts[0] + "." + parts[1] + "." + otherSignature)
                .when().get("/api/referrals").then().statusCode(401);
        given().header("Authorization", "Bearer " + parts[0] + "." + claimsOfSomeoneElse + "." + parts[2])
                .when().get("/api/referrals").then().statusCode(401);
        assertThat(StubBackend.HITS.get()).isEqualTo(before);
    }

    @Test
    void thePublicDirectoryNeedsNoToken() {
        given().when().get("/oruk/").then().statusCode(200).body("path", equalTo("/oruk/"));
        given().when().get("/oruk/services").then().statusCode(200).body("path", equalTo("/oruk/services"));
        given().when().get("/openapi/directory").then().statusCode(200);
    }

    @Test
    void anOversizedBodyIs413Problem() {
        signedIn().contentType("application/json").body("{\"x\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}")
                .when().post("/api/referrals")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void aClientOverItsRateLimitGets429WithRetryAfter() {
        String token = token("rate.tester");
        // Every answer says the quota (3 an hour for this backend) and what is left, as the IETF RateLimit fields do.
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", token).when().get("/api/consents").then().statusCode(200)
                    .header("RateLimit-Policy", "\"default\";q=3;w=3600")
                    .header("RateLimit", org.hamcrest.Matchers.startsWith("\"default\";r=" + (2 - i) + ";t="));
        }
        given().header("Authorization", token).when().get("/api/consents")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .header("RateLimit", org.hamcrest.Matchers.matchesPattern("\"default\";r=0;t=[0-9]+"));
        // another client is not affected
        given().header("Authorization", token("someone.else")).when().get("/api/consents").then().statusCode(200);
    }

    @Test
    void aSilentBackendIs504() {
        signedIn().when().get("/api/referrals/slow")
                .then().statusCode(504).contentType("application/problem+json");
    }

    @Test
    void aCallerWhoGivesUpCancelsTheForwardedRequest() throws Exception {
        int hits = StubBackend.HITS.get();
        long abandoned = abandoned("/oruk/slow");
        try (Socket caller = new Socket("127.0.0.1", RestAssured.port)) {
            caller.getOutputStream().write("GET /oruk/slow HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            caller.getOutputStream().flush();
            assertThat(within(Duration.ofSeconds(2), () -> StubBackend.HITS.get() > hits)).as("forwarded").isTrue();
        }
        // The backend would answer 3 s after it was asked; the gateway lets go of it as soon as the caller has gone.
        assertThat(within(Duration.ofMillis(1_500), () -> abandoned("/oruk/slow") > abandoned))
                .as("the backend's exchange is cancelled").isTrue();
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).containsPattern("gateway_requests_seconds_count\\{[^}]*route=\"directory\"[^}]*status=\"499\"");
        given().when().get("/oruk/services").then().statusCode(200);
    }

    @Test
    void aCallerWhoLeavesHalfWayThroughAnAnswerCancelsTheRestOfIt() throws Exception {
        long abandoned = abandoned("/oruk/drip");
        try (Socket caller = new Socket("127.0.0.1", RestAssured.port)) {
            caller.getOutputStream().write("GET /oruk/drip HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            caller.getOutputStream().flush();
            caller.setSoTimeout(2_000);
            String received = "";
            byte[] buffer = new byte[1024];
            while (!received.contains("first")) {
                int read = caller.getInputStream().read(buffer);
                assertThat(read).as("the first half of the answer arrives").isPositive();
                received += new String(buffer, 0, read, StandardCharsets.US_ASCII);
            }
        }
        assertThat(within(Duration.ofMillis(1_500), () -> abandoned("/oruk/drip") > abandoned))
                .as("the backend's exchange is cancelled").isTrue();
        given().when().get("/oruk/services").then().statusCode(200);
    }

    private static long abandoned(String path) {
        return StubBackend.ABANDONED.stream().filter(path::equals).count();
    }

    private static boolean within(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    @Test
    void aBackendThatIsDownIs503NotAHang() {
        signedIn().when().get("/api/cases")
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", notNullValue());
    }

    @Test
    void aPreflightFromAKnownFrontEndIsAllowed() {
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Authorization, Content-Type")
                .when().options("/api/referrals")
                .then().statusCode(204)
                .header("Access-Control-Allow-Origin", "http://localhost:5173")
                .header("Access-Control-Allow-Methods", org.hamcrest.Matchers.containsString("POST"));
    }

    @Test
    void aPreflightFromAnUnknownOriginIsRefusedForTheApiButNotForTheDirectory() {
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .when().options("/api/referrals")
                .then().statusCode(403).header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .when().options("/oruk/services")
                .then().statusCode(204).header("Access-Control-Allow-Origin", "*");
    }

    @Test
    void aBrowserGetsOneAllowOriginEvenWhenTheBackendSendsItsOwn() {
        java.util.List<String> allowed = given().header("Origin", "https://any.example")
                .when().get("/oruk/services")
                .then().statusCode(200)
                .extract().headers().getValues("Access-Control-Allow-Origin");
        assertThat(allowed).containsExactly("*");
        java.util.List<String> api = signedIn().header("Origin", "http://localhost:5173")
                .when().get("/api/referrals")
                .then().statusCode(200)
                .extract().headers().getValues("Access-Control-Allow-Origin");
        assertThat(api).containsExactly("http://localhost:5173");
    }

    @Test
    void healthAndMetricsAreTheGatewaysOwn() {
        given().when().get("/q/health/ready").then().statusCode(200);
        signedIn().when().get("/api/referrals").then().statusCode(200);
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("gateway_requests_seconds_count{").contains("route=\"referral\"");
    }

    @Test
    void metricsNameRoutesNeverTheRecordsBehindThem() {
        String referral = UUID.randomUUID().toString();
        signedIn().when().get("/api/referrals/" + referral).then().statusCode(200);
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).doesNotContain(referral);
    }
}
