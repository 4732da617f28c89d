package org.earlyhelp.platform.events;

import java.time.Instant;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * One event as the feed serves it and a {@link FeedConsumer} receives it: CloudEvents 1.0 in its
 * JSON format, plus the extension attribute {@code cursor}. Absent optional attributes are left
 * out of the JSON rather than sent as null. A consumer ignores attributes it does not know (a
 * producer may add CloudEvents extensions), whatever the service's strictness for request bodies.
 * A consumer reads {@code data} as the producer's published payload record with {@link #dataAs}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "specversion", "id", "source", "type", "subject", "time", "datacontenttype", "data", "cursor" })
@Schema(name = "CloudEvent", description = "A CloudEvents 1.0 event (JSON format) with the extension attribute `cursor`.")
public record CloudEvent(
        @Schema(description = "CloudEvents version", examples = "1.0", required = true)
        String specversion,
        @Schema(description = "Unique id of the event (a UUID); a consumer acts on each id once", required = true)
        String id,
        @Schema(description = "The publishing service: `/early-help/` and its context name", required = true)
        String source,
        @Schema(description = "What happened: `<context>.<what happened>` in lower case", required = true)
        String type,
        @Schema(description = "Id of the resource the event is about")
        String subject,
        @Schema(description = "When it happened (UTC, RFC 3339)")
        Instant time,
        @Schema(description = "Media type of `data`", examples = "application/json")
        String datacontenttype,
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
                description = "The event's payload; its shape depends on `type` (see the service's EVENTS.md)")
        JsonNode data,
        @Schema(description = "Opaque feed cursor: pass it as `after` to read the events after this one")
        String cursor) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";

    private static final Logger LOG = Logger.getLogger(CloudEvent.class);
    /**
     * Reads payloads tolerantly, whatever the service's settings for request bodies: fields the
     * record does not know are ignored (producers may add fields), absent ones are null.
     */
    private static final ObjectMapper PAYLOADS = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /**
     * The payload as the producer's published record type (its contract module). Empty if the event
     * has no data, or if the data does not read as {@code payload} (a field of another JSON type, an id
     * that is not a UUID; logged): a consumer skips such an event, since delivering it again cannot
     * mend it. Which fields are required is the consumer's to check.
     */
    public <T> Optional<T> dataAs(Class<T> payload) {
        if (data == null || data.isNull() || data.isMissingNode()) {
            return Optional.empty();
        }
        try {
            return Optional.of(PAYLOADS.treeToValue(data, payload));
        } catch (JsonProcessingException e) {
            LOG.warnf("Skipping event %s (%s): its data does not read as %s: %s", id, type, payload.getSimpleName(),
                    e.getOriginalMessage());
            return Optional.empty();
        }
    }
}
