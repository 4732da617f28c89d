package org.earlyhelp.consent.participation;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import org.earlyhelp.consent.Staff;
import org.earlyhelp.platform.events.FeedCredentials;

/** In tests the feeds are read with a signed service-account token instead of one fetched from Keycloak. */
@Alternative
@Priority(1)
@ApplicationScoped
class TestFeedCredentials implements FeedCredentials {

    @Override
    public String bearerToken(String consumer) {
        return Staff.caseService().sign();
    }
}
