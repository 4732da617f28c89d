package org.earlyhelp.platform.events;

import jakarta.enterprise.context.ApplicationScoped;

/** The only consumer the scheduler runs in tests: it follows a producer that is down, then comes back. */
@ApplicationScoped
class RecoveringConsumer extends RecordingConsumer {

    @Override
    public String name() {
        return "recovering-consumer";
    }
}
