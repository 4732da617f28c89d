package org.earlyhelp.e2e;

import java.util.List;
import java.util.Map;

import org.earlyhelp.platform.test.EventFeedReader;

/** A service's event feed ({@code /api/events/<context>}) read through the gateway, as an agency's user or system reads it. */
public final class Feeds {

    private Feeds() {
    }

    /** Every event of the feed the reader may read, from the start, oldest first. */
    public static List<Map<String, Object>> read(Login reader, String context) {
        return EventFeedReader.as(() -> Gateway.as(reader)).all(context);
    }

    /** The events of {@code type} about {@code subject} in what the reader may read. */
    public static List<Map<String, Object>> about(Login reader, String context, String type, Object subject) {
        return EventFeedReader.as(() -> Gateway.as(reader)).about(context, type, subject);
    }
}
