package org.earlyhelp.referral;

import java.util.List;
import java.util.Map;

import org.earlyhelp.platform.test.EventFeedReader;

/** Reads this service's event feed as a given caller. */
final class Feed {

    private Feed() {
    }

    /** Every event of {@code type} the caller may read, oldest first. */
    static List<Map<String, Object>> events(String bearer, String type) {
        return all(bearer).stream().filter(event -> type.equals(event.get("type"))).toList();
    }

    /** Every event the caller may read, oldest first. */
    static List<Map<String, Object>> all(String bearer) {
        return EventFeedReader.as(bearer).all("referral");
    }

    /** The one event of {@code type} about {@code subject}. */
    static Map<String, Object> about(String bearer, String type, String subject) {
        List<Map<String, Object>> found = events(bearer, type).stream().filter(event -> subject.equals(event.get("subject"))).toList();
        if (found.size() != 1) {
            throw new AssertionError("Expected one " + type + " about " + subject + ", found " + found.size());
        }
        return found.get(0);
    }
}
