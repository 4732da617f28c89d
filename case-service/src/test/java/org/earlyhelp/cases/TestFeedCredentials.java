package org.earlyhelp.cases;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import org.earlyhelp.platform.events.FeedCredentials;
import org.earlyhelp.platform.test.Tokens;

/** In tests feeds are read with a signed service-account token instead of one fetched from Keycloak. */
@Alternative
@Priority(1)
@ApplicationScoped
class TestFeedCredentials implements FeedCredentials {

    @Override
    public String bearerToken(String consumer) {
        return Tokens.user("service-account-case-service").agency("northshire-early-help", "local-authority")
                .roles("event-consumer").sign();
    }
}
