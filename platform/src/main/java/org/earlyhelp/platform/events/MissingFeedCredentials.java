package org.earlyhelp.platform.events;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.DefaultBean;

/** Stands in until the service provides {@link FeedCredentials}: every feed request fails, saying why. */
@ApplicationScoped
@DefaultBean
class MissingFeedCredentials implements FeedCredentials {

    @Override
    public String bearerToken(String consumer) {
        throw new IllegalStateException("No FeedCredentials bean: the service must provide one for consumer " + consumer);
    }
}
