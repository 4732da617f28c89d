package org.earlyhelp.consent.dataprotection;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;

/**
 * Asks the other services what a data protection officer asks them (decision 0062), with the officer's own bearer
 * token, so that each service applies its own rules. A service that does not answer, or answers with an error, is
 * {@link ContextUnavailable}: a subject access request or an erasure preview is complete or not made at all.
 */
@ApplicationScoped
public class OtherContexts {

    private final Map<String, DataProtectionApi> services = new TreeMap<>();

    OtherContexts(DataProtectionConfig config) {
        long timeout = config.timeout().toMillis();
        config.contexts().forEach((context, url) -> services.put(context, QuarkusRestClientBuilder.newBuilder().baseUri(url)
                .connectTimeout(timeout, TimeUnit.MILLISECONDS).readTimeout(timeout, TimeUnit.MILLISECONDS)
                .build(DataProtectionApi.class)));
    }

    /** What every other context holds about {@code personId}, by context (the platform's {@code PersonHoldings}). */
    public Map<String, JsonNode> holdings(String bearer, UUID personId) {
        return askEach(context -> services.get(context).holdings(bearer, context, personId.toString()));
    }

    /** What erasing {@code personId} would erase in every other context, by context. */
    public Map<String, JsonNode> erasurePreviews(String bearer, UUID personId) {
        return askEach(context -> services.get(context).erasure(bearer, context, personId.toString()));
    }

    /**
     * As {@link #erasurePreviews}, for an erasure already decided: a context that does not answer now is null (it erases
     * when it reads {@code person.erased}).
     */
    public Map<String, JsonNode> erasurePreviewsAnswered(String bearer, UUID personId) {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        services.forEach((context, service) -> {
            try {
                answers.put(context, ask(context, () -> service.erasure(bearer, context, personId.toString())));
            } catch (ContextUnavailable e) {
                answers.put(context, null);
            }
        });
        return answers;
    }

    /** The people referral-service's matching index knows by these names and date of birth: {@code {"candidates": [...]}}. */
    public JsonNode candidates(String bearer, String givenName, String familyName, LocalDate dateOfBirth) {
        DataProtectionApi referral = services.get("referral");
        if (referral == null) {
            throw new ContextUnavailable("referral", "no address configured");
        }
        return ask("referral", () -> referral.candidates(bearer, givenName, familyName, dateOfBirth.toString()));
    }

    private Map<String, JsonNode> askEach(Function<String, JsonNode> question) {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        services.keySet().forEach(context -> answers.put(context, ask(context, () -> question.apply(context))));
        return answers;
    }

    private static JsonNode ask(String context, Supplier<JsonNode> call) {
        try {
            JsonNode answer = call.get();
            if (answer == null || !(answer.isObject() || answer.isArray())) {
                throw new ContextUnavailable(context, "no answer");
            }
            return answer;
        } catch (WebApplicationException e) {
            throw new ContextUnavailable(context, "status " + e.getResponse().getStatus());
        } catch (ProcessingException e) {
            throw new ContextUnavailable(context, "unreachable");
        }
    }
}
