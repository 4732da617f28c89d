package org.earlyhelp.consent.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * The consent client reads consent-service's answers and passes the caller's token on; when
 * consent-service fails in any way, the answer is a deny, never an exception and never a permit.
 */
@QuarkusTest
@WithTestResource(OidcTestServer.class)
@WithTestResource(ConsentServiceStub.class)
class ConsentClientFailsClosedTest {

    private static final String DECISIONS = "/api/sharing-decisions";
    private static final UUID CONSENT = UUID.randomUUID();

    @Inject
    ConsentClient client;

    @Inject
    CircuitBreakerMaintenance breakers;

    private final WireMockServer consentService = ConsentServiceStub.server;
    private UUID child;

    @BeforeEach
    void freshServiceAndBreaker() {
        consentService.resetAll();
        breakers.resetAll();
        child = UUID.randomUUID();
    }

    @Test
    void aPermitIsReadWithItsBasisAndTheCallersTokenIsPassedOn() {
        consentService.stubFor(post(DECISIONS).willReturn(decision("permit", "consent-permits",
                "\"basis\": {\"consentId\": \"" + CONSENT + "\", \"consentVersion\": 3}, \"decidedAt\": \"2026-03-02T10:00:00Z\"")));
        String token = Tokens.user("hv.morgan").agency("northshire-health-visiting", "health").roles("practitioner").sign();

        SharingDecision decision = askAs(token);

        assertThat(decision.permits()).isTrue();
        assertThat(decision.reasons()).containsExactly("consent-permits");
        assertThat(decision.consentId()).isEqualTo(CONSENT);
        assertThat(decision.consentVersion()).isEqualTo(3);
        consentService.verify(1, postRequestedFor(urlEqualTo(DECISIONS))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .withHeader("Idempotency-Key", matching("sharing-decision-[0-9a-f-]{36}"))
                .withRequestBody(equalToJson("""
                        {"personId": "%s", "recipient": {"agency": "brightstart-family-support"},
                         "purpose": "team-around-family", "dataCategories": ["identity", "concerns"]}""".formatted(child), true, false)));
    }

    @Test
    void aDenyIsPassedOnWithItsReasons() {
        consentService.stubFor(post(DECISIONS).willReturn(decision("deny", "consent-withdrawn", null)));

        SharingDecision decision = ask();

        assertThat(decision.permits()).isFalse();
        assertThat(decision.reasons()).containsExactly("consent-withdrawn");
        assertThat(decision.unavailable()).isFalse();
    }

    @Test
    void aPassingFailureIsRetriedWithTheSameIdempotencyKey() {
        consentService.stubFor(post(DECISIONS).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
        consentService.stubFor(post(DECISIONS).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(decision("permit", "lawful-basis", "\"basis\": {\"lawfulBasisId\": \"" + CONSENT
                        + "\", \"lawfulBasisKind\": \"risk-of-significant-harm\"}")));

        SharingDecision decision = ask();

        assertThat(decision.permits()).isTrue();
        assertThat(decision.lawfulBasisKind()).isEqualTo("risk-of-significant-harm");
        List<LoggedRequest> attempts = consentService.findAll(postRequestedFor(urlEqualTo(DECISIONS)));
        assertThat(attempts).hasSize(2);
        assertThat(attempts.get(0).getHeader("Idempotency-Key")).isEqualTo(attempts.get(1).getHeader("Idempotency-Key"));
    }

    @Test
    void aServiceThatDropsTheConnectionMeansDeny() {
        consentService.stubFor(post(DECISIONS).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertUnavailable(ask());
    }

    @Test
    void aServiceThatFailsEveryTimeMeansDenyAfterThreeAttempts() {
        consentService.stubFor(post(DECISIONS).willReturn(aResponse().withStatus(500)));

        assertUnavailable(ask());
        consentService.verify(3, postRequestedFor(urlEqualTo(DECISIONS)));
    }

    @Test
    void aServiceTooSlowToAnswerMeansDenyWithoutWaitingForIt() {
        consentService.stubFor(post(DECISIONS).willReturn(decision("permit", "consent-permits",
                "\"basis\": {\"consentId\": \"" + CONSENT + "\", \"consentVersion\": 1}").withFixedDelay(5_000)));

        long started = System.nanoTime();
        SharingDecision decision = ask();

        assertUnavailable(decision);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aRefusedQuestionIsDenyAndIsNotAskedAgain() {
        consentService.stubFor(post(DECISIONS).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\": 404}")));

        SharingDecision decision = ask();

        assertUnavailable(decision);
        assertThat(decision.detail()).contains("404");
        consentService.verify(1, postRequestedFor(urlEqualTo(DECISIONS)));
    }

    @Test
    void answersThatMakeNoSenseAreDeny() {
        consentService.stubFor(post(DECISIONS).willReturn(decision("permit", "consent-permits", null)));
        assertUnavailable(ask());

        consentService.stubFor(post(DECISIONS).willReturn(decision("maybe", "consent-permits", null)));
        assertUnavailable(ask());

        consentService.stubFor(post(DECISIONS).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("permit")));
        assertUnavailable(ask());
    }

    @Test
    void theCircuitOpensAfterRepeatedFailuresAndThenNoCallReachesTheService() {
        consentService.stubFor(post(DECISIONS).willReturn(aResponse().withStatus(500)));
        ask();
        ask();
        int callsBeforeOpening = consentService.findAll(postRequestedFor(urlEqualTo(DECISIONS))).size();

        SharingDecision whileOpen = ask();

        assertUnavailable(whileOpen);
        assertThat(whileOpen.detail()).contains("circuit open");
        assertThat(consentService.findAll(postRequestedFor(urlEqualTo(DECISIONS)))).hasSize(callsBeforeOpening);
    }

    @Test
    void withoutASignedInCallerTheClientDeniesWithoutAsking() {
        consentService.stubFor(post(DECISIONS).willReturn(decision("permit", "consent-permits",
                "\"basis\": {\"consentId\": \"" + CONSENT + "\", \"consentVersion\": 1}")));

        assertUnavailable(client.decide(ShareCheckResource.question(child)));
        consentService.verify(0, postRequestedFor(urlEqualTo(DECISIONS)));
    }

    private SharingDecision ask() {
        return askAs(Tokens.user("hv.morgan").agency("northshire-health-visiting", "health").roles("practitioner").sign());
    }

    private SharingDecision askAs(String token) {
        return given().header("Authorization", "Bearer " + token).queryParam("person", child)
                .when().post("/test/share-check")
                .then().statusCode(200).extract().as(SharingDecision.class);
    }

    private static void assertUnavailable(SharingDecision decision) {
        assertThat(decision.permits()).isFalse();
        assertThat(decision.reasons()).containsExactly(SharingDecision.UNAVAILABLE);
        assertThat(decision.detail()).isNotBlank();
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder decision(String outcome, String reason,
            String more) {
        return aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("""
                {"id": "%s", "outcome": "%s", "reasons": ["%s"], "question": {"purpose": "team-around-family"}%s}"""
                .formatted(UUID.randomUUID(), outcome, reason, more == null ? "" : ", " + more));
    }
}
