package org.earlyhelp.platform.events;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One event as the feed serves it and a {@link FeedConsumer} receives it: CloudEvents 1.0 in its
 * JSON format, plus the extension attribute {@code cursor}. Absent optional attributes are left
 * out of the JSON rather than sent as null. A consumer ignores attributes it does not know (a
 * producer may add CloudEvents extensions), whatever the service's strictness for request bodies.
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
}
