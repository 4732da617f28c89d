package org.earlyhelp.platform.events;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A domain event a service asks the {@link Outbox} to publish; the outbox adds the id, source,
 * time and feed position.
 *
 * @param type     what happened, {@code <context>.<what>} in lower case (e.g. {@code thing.created})
 * @param subject  the id of the resource the event is about, or null
 * @param data     the event's payload: a {@code JsonNode} or anything Jackson can serialise; may be null
 * @param audience who may read the event on the feed, as {@link org.earlyhelp.platform.access.Reach} keys
 *                 ({@code Reach.agencyKey(code)}, {@code Reach.areaKey(area)}); service consumers read every
 *                 event, so an empty audience keeps the event between services
 */
public record EventDraft(String type, String subject, Object data, Set<String> audience) {

    private static final Pattern TYPE = Pattern.compile("[a-z0-9]+(?:[._-][a-z0-9]+)*");
    private static final int MAX_LENGTH = 255;
    private static final Pattern AUDIENCE_KEY = Pattern.compile("(agency|hub):\\S+");

    public EventDraft {
        if (type == null || type.length() > MAX_LENGTH || !TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("Event type must be lower-case words separated by '.', '-' or '_': " + type);
        }
        if (subject != null && (subject.isBlank() || subject.length() > MAX_LENGTH)) {
            throw new IllegalArgumentException("Event subject must be absent or 1 to " + MAX_LENGTH + " characters");
        }
        audience = audience == null ? Set.of() : Set.copyOf(audience);
        if (audience.stream().anyMatch(key -> !AUDIENCE_KEY.matcher(key).matches())) {
            throw new IllegalArgumentException("Audience entries must be Reach keys (agency:<code> or hub:<area>): " + audience);
        }
    }

    public static EventDraft of(String type, String subject, Object data, String... audience) {
        return new EventDraft(type, subject, data, Set.copyOf(Arrays.asList(audience)));
    }
}
