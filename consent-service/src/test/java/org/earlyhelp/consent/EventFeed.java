package org.earlyhelp.consent;

import java.util.List;
import java.util.Map;

import org.earlyhelp.platform.test.EventFeedReader;
import org.earlyhelp.platform.test.Tokens;

/** Reads this service's event feed as a reader would. */
public final class EventFeed {

    private EventFeed() {
    }

    /** Every event the reader may read, oldest first. */
    public static List<Map<String, Object>> readAll(Tokens reader) {
        return EventFeedReader.as(reader.bearer()).all("consent");
    }

    /** The events of one type about one subject. */
    public static List<Map<String, Object>> about(Tokens reader, String type, Object subject) {
        return EventFeedReader.as(reader.bearer()).about("consent", type, subject);
    }
}
