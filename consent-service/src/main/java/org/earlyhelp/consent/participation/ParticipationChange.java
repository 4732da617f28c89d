package org.earlyhelp.consent.participation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.earlyhelp.platform.events.CloudEvent;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the fields this service needs from a referral or case event ({@code EVENTS.md} defines
 * them). Lenient about everything else, so producers can add fields freely.
 */
final class ParticipationChange {

    private final CloudEvent event;

    private ParticipationChange(CloudEvent event) {
        this.event = event;
    }

    static ParticipationChange of(CloudEvent event) {
        return new ParticipationChange(event);
    }

    /** The people the event concerns; none if the event names none or names them badly. */
    List<UUID> people() {
        JsonNode ids = data().path("personIds");
        List<UUID> people = new ArrayList<>();
        if (ids.isArray()) {
            for (JsonNode id : ids) {
                parse(id.asText()).ifPresent(people::add);
            }
        }
        return people;
    }

    Optional<String> text(String field) {
        JsonNode value = data().path(field);
        return value.isTextual() && !value.asText().isBlank() ? Optional.of(value.asText()) : Optional.empty();
    }

    /** The id in {@code field}, if it holds one. */
    Optional<UUID> id(String field) {
        return text(field).flatMap(ParticipationChange::parse);
    }

    /** {@code kind:<id>} naming the piece of work the agency takes part in, from the event's id field. */
    Optional<String> source(String kind, String idField) {
        return text(idField).flatMap(ParticipationChange::parse).map(id -> kind + ":" + id);
    }

    Instant time() {
        return event.time() == null ? Instant.now() : event.time();
    }

    String describe() {
        return event.type() + " " + event.id();
    }

    private JsonNode data() {
        return event.data() == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : event.data();
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
