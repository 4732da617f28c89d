package org.earlyhelp.platform.events;

import jakarta.enterprise.context.ApplicationScoped;

/** Follows a {@link StubFeed} in the consumer tests. */
@ApplicationScoped
class StubFeedConsumer extends RecordingConsumer {

    @Override
    public String name() {
        return "stub-feed-consumer";
    }
}
