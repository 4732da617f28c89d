package org.earlyhelp.platform.events;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.identity.ServiceAccount;

import io.quarkus.arc.DefaultBean;

/**
 * Feeds are read as the service's own account ({@link ServiceAccount}). A service or a test may provide its own
 * {@link FeedCredentials}.
 */
@DefaultBean
@ApplicationScoped
class ServiceAccountFeedCredentials implements FeedCredentials {

    private final ServiceAccount account;

    ServiceAccountFeedCredentials(ServiceAccount account) {
        this.account = account;
    }

    @Override
    public String bearerToken(String consumer) {
        return account.bearerToken();
    }
}
