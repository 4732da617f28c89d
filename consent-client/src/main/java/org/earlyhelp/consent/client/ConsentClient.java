package org.earlyhelp.consent.client;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Asks consent-service whether a share may happen. Fails closed: whatever goes wrong (service
 * down, slow, circuit open, a refused question, an answer that makes no sense) the answer is a
 * deny with reason {@value SharingDecision#UNAVAILABLE}, never an exception a caller could
 * mistake for permission.
 *
 * <pre>{@code
 * SharingDecision decision = consentClient.decide(new SharingQuestion(child, "brightstart-family-support",
 *         Purpose.TEAM_AROUND_FAMILY, Set.of(DataCategory.IDENTITY, DataCategory.CONCERNS)));
 * if (!decision.permits()) { ... refuse the share, show decision.reasons() ... }
 * }</pre>
 */
@ApplicationScoped
public class ConsentClient {

    private static final Logger LOG = Logger.getLogger(ConsentClient.class);

    private final GuardedConsentService service;
    private final Instance<SecurityIdentity> identity;

    ConsentClient(GuardedConsentService service, Instance<SecurityIdentity> identity) {
        this.service = service;
        this.identity = identity;
    }

    /** Asks on behalf of the caller of the current request, whose bearer token is passed on. */
    public SharingDecision decide(SharingQuestion question) {
        Optional<String> token = callerToken();
        if (token.isEmpty()) {
            return unavailable(question, "no caller token to ask with (outside a signed-in request?)", null);
        }
        return decide(question, token.get());
    }

    /**
     * Asks with the given access token (without {@code Bearer }), e.g. a service account's for
     * work no user started.
     */
    public SharingDecision decide(SharingQuestion question, String accessToken) {
        if (question == null || accessToken == null || accessToken.isBlank()) {
            return unavailable(question, "no question or no token", null);
        }
        // One key for every attempt: consent-service decides once and replays that decision to retries.
        String idempotencyKey = "sharing-decision-" + UUID.randomUUID();
        try {
            return read(service.decide("Bearer " + accessToken, idempotencyKey, Wire.Question.of(question)), question);
        } catch (QuestionRefused e) {
            return unavailable(question, "consent-service refused the question (" + e.status() + ")", null);
        } catch (CircuitBreakerOpenException e) {
            return unavailable(question, "circuit open after repeated failures", null);
        } catch (TimeoutException e) {
            return unavailable(question, "no answer in time", null);
        } catch (RuntimeException e) {
            return unavailable(question, "call failed: " + e.getClass().getSimpleName(), e);
        }
    }

    /** Only a well-formed permit with a basis counts as one; anything else is a deny. */
    private SharingDecision read(Wire.Decision answer, SharingQuestion question) {
        if (answer == null || answer.outcome() == null || answer.reasons() == null || answer.reasons().isEmpty()) {
            return unavailable(question, "an answer without outcome or reasons", null);
        }
        Wire.Basis basis = answer.basis() == null ? new Wire.Basis(null, null, null, null) : answer.basis();
        switch (answer.outcome()) {
            case "permit" -> {
                if (basis.consentId() == null && basis.lawfulBasisId() == null) {
                    return unavailable(question, "a permit without a basis", null);
                }
                return new SharingDecision(true, answer.reasons(), answer.id(), basis.consentId(), basis.consentVersion(),
                        basis.lawfulBasisId(), basis.lawfulBasisKind(), null);
            }
            case "deny" -> {
                return new SharingDecision(false, answer.reasons(), answer.id(), basis.consentId(), basis.consentVersion(),
                        basis.lawfulBasisId(), basis.lawfulBasisKind(), null);
            }
            default -> {
                return unavailable(question, "an unknown outcome '" + answer.outcome() + "'", null);
            }
        }
    }

    private Optional<String> callerToken() {
        if (!Arc.container().requestContext().isActive() || !identity.isResolvable()) {
            return Optional.empty();
        }
        SecurityIdentity current = identity.get();
        if (current.isAnonymous() || !(current.getPrincipal() instanceof JsonWebToken token) || token.getRawToken() == null) {
            return Optional.empty();
        }
        return Optional.of(token.getRawToken());
    }

    private static SharingDecision unavailable(SharingQuestion question, String detail, Throwable cause) {
        // One line per failure: the cause's stack only when debugging, or a down service floods the log.
        LOG.warnf("Sharing denied: consent-service gave no usable answer (%s%s); person %s, recipient %s", detail,
                cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage(),
                question == null ? "?" : question.personId(), question == null ? "?" : question.recipientAgency());
        if (cause != null) {
            LOG.debug("Cause of the failed consent-service call", cause);
        }
        return SharingDecision.unavailable(detail);
    }
}
