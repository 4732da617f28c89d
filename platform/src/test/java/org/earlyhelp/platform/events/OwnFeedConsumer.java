package org.earlyhelp.platform.events;

import jakarta.enterprise.context.ApplicationScoped;

/** Follows the test service's own feed over HTTP, as another service would. */
@ApplicationScoped
class OwnFeedConsumer extends RecordingConsumer {

    @Override
    public String name() {
        return "own-feed-consumer";
    }
}
