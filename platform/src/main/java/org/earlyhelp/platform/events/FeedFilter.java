package org.earlyhelp.platform.events;

import java.util.Collection;
import java.util.Set;

/**
 * Which events a caller may read on the feed: every event, or those whose audience includes at
 * least one of {@code agencies}. No agencies means no events (the feed still answers, empty).
 */
public record FeedFilter(boolean everything, Set<String> agencies) {

    public FeedFilter {
        agencies = Set.copyOf(agencies);
    }

    public static FeedFilter allEvents() {
        return new FeedFilter(true, Set.of());
    }

    public static FeedFilter addressedTo(Collection<String> agencies) {
        return new FeedFilter(false, Set.copyOf(agencies));
    }

    public static FeedFilter noEvents() {
        return new FeedFilter(false, Set.of());
    }
}
