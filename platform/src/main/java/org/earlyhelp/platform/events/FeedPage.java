package org.earlyhelp.platform.events;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One page of an event feed. Read leniently by consumers, so a producer may add fields. */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "EventFeedPage", description = "Events after the requested cursor, oldest first, and where to continue.")
record FeedPage(
        @Schema(description = "Events in feed (commit) order; at most `limit` of them", required = true)
        List<CloudEvent> events,
        @Schema(description = "Opaque cursor to pass as `after` for the next page. Always present; equal to the "
                + "request's cursor when nothing new was readable", required = true, examples = "1042")
        String next) {

    FeedPage {
        events = List.copyOf(events);
    }
}
