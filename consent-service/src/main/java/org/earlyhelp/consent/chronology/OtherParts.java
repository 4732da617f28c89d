package org.earlyhelp.consent.chronology;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;

import org.earlyhelp.consent.dataprotection.ContextUnavailable;
import org.earlyhelp.platform.chronology.ChronologyEntry;

/**
 * Asks referral- and case-service for their parts of a person's story, with the caller's own bearer token. A service that
 * does not answer, or answers with an error, is {@link ContextUnavailable} (503): a chronology with a part missing
 * would look complete and mislead, so there is none.
 */
@ApplicationScoped
class OtherParts {

    private final Map<String, ChronologyApi> services = new TreeMap<>();
    private final ObjectMapper json;

    OtherParts(ChronologyConfig config, ObjectMapper json) {
        this.json = json;
        long timeout = config.timeout().toMillis();
        config.contexts().forEach((context, url) -> services.put(context, QuarkusRestClientBuilder.newBuilder().baseUri(url)
                .connectTimeout(timeout, TimeUnit.MILLISECONDS).readTimeout(timeout, TimeUnit.MILLISECONDS)
                .build(ChronologyApi.class)));
    }

    /** Every other context's entries about {@code personId} that the bearer's caller may see. */
    List<ChronologyEntry> entriesAbout(String bearer, UUID personId, String purpose) {
        List<ChronologyEntry> entries = new ArrayList<>();
        services.forEach((context, service) -> entries.addAll(part(context, () -> service.part(bearer, context,
                personId.toString(), purpose))));
        return entries;
    }

    private List<ChronologyEntry> part(String context, Supplier<JsonNode> call) {
        JsonNode answer;
        try {
            answer = call.get();
        } catch (WebApplicationException e) {
            throw new ContextUnavailable(context, "status " + e.getResponse().getStatus());
        } catch (ProcessingException e) {
            throw new ContextUnavailable(context, "unreachable");
        }
        if (answer == null || !answer.path("entries").isArray()) {
            throw new ContextUnavailable(context, "no answer");
        }
        List<ChronologyEntry> entries = new ArrayList<>();
        for (JsonNode entry : answer.get("entries")) {
            try {
                entries.add(json.treeToValue(entry, ChronologyEntry.class));
            } catch (JsonProcessingException | IllegalArgumentException e) {
                throw new ContextUnavailable(context, "an entry it gave is not one");
            }
        }
        return entries;
    }
}
