package org.earlyhelp.platform.events;

import jakarta.enterprise.context.ApplicationScoped;

/** Test consumers read feeds as another service's account would, with a real signed token. */
@ApplicationScoped
class TestFeedCredentials implements FeedCredentials {

    @Override
    public String bearerToken(String consumer) {
        return FeedReader.serviceAccount().sign();
    }
}
