package org.earlyhelp.consent.client;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.smallrye.faulttolerance.api.CircuitBreakerName;

/**
 * The call to consent-service with its guards. Retrying is safe because every attempt carries the
 * same {@code Idempotency-Key}: consent-service stores one decision and replays it. A question
 * consent-service refuses (4xx) is neither retried nor counted against the service. Settings can
 * be tuned with {@code quarkus.fault-tolerance."org.earlyhelp.consent.client.GuardedConsentService/decide".*}.
 */
@ApplicationScoped
class GuardedConsentService {

    static final String BREAKER = "consent-service";

    private final ConsentServiceApi api;

    GuardedConsentService(@RestClient ConsentServiceApi api) {
        this.api = api;
    }

    // Retry wraps the breaker and the timeout: each attempt is bounded, and an open breaker fails at once.
    @Retry(maxRetries = 2, delay = 200, jitter = 100, delayUnit = ChronoUnit.MILLIS, abortOn = QuestionRefused.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 2, skipOn = QuestionRefused.class)
    @CircuitBreakerName(BREAKER)
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    Wire.Decision decide(String authorization, String idempotencyKey, Wire.Question question) {
        return api.decide(authorization, idempotencyKey, question);
    }
}
