package org.earlyhelp.platform.agency;

import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.identity.ServiceAccount;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.jboss.logging.Logger;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;

/**
 * Reads every agency from the realm's Organizations through Keycloak's admin API, as the service's own account, page
 * by page. A failed read is tried twice more; after that it fails, and the register keeps what it had.
 */
@ApplicationScoped
class RealmOrganizations {

    private static final Logger LOG = Logger.getLogger(RealmOrganizations.class);

    private final ServiceAccount account;
    private final AgencyRegisterConfig config;
    private final KeycloakOrganizations api;

    RealmOrganizations(ServiceAccount account, AgencyRegisterConfig config) {
        this.account = account;
        this.config = config;
        this.api = QuarkusRestClientBuilder.newBuilder()
                .baseUri(adminUrl(config.realmUrl()))
                .connectTimeout(config.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .build(KeycloakOrganizations.class);
    }

    /**
     * Every enabled Organization with a code and an agency type, in Keycloak's order. An answer with none at all is a
     * failure, not an empty register: it is what Keycloak answers an account that may query but not view them.
     */
    @Retry(maxRetries = 2, delay = 500, delayUnit = ChronoUnit.MILLIS)
    List<Agency> agencies() {
        String authorization = "Bearer " + account.bearerToken();
        List<Organization> organizations = new ArrayList<>();
        int size = config.pageSize();
        for (int first = 0; ; first += size) {
            List<Organization> page = api.list(false, first, size, authorization);
            organizations.addAll(page);
            if (page.size() < size) {
                break;
            }
        }
        if (organizations.isEmpty()) {
            throw new IllegalStateException("Keycloak listed no Organizations in " + config.realmUrl()
                    + "; the service account needs the realm-management role view-organizations");
        }
        List<Agency> agencies = new ArrayList<>();
        for (Organization organization : organizations) {
            organization.agency().ifPresentOrElse(agencies::add, () -> LOG.debugf(
                    "Organization %s is not in the agency register: disabled, or without an alias or agency_type",
                    organization.alias() == null ? organization.id() : organization.alias()));
        }
        return agencies;
    }

    /** {@code <server>/realms/<realm>} → {@code <server>/admin/realms/<realm>}. */
    static URI adminUrl(URI realmUrl) {
        String url = realmUrl.toString().replaceAll("/+$", "");
        int realms = url.lastIndexOf("/realms/");
        if (realms < 0) {
            throw new IllegalArgumentException("earlyhelp.agencies.realm-url must end in /realms/<realm>: " + realmUrl);
        }
        return URI.create(url.substring(0, realms) + "/admin" + url.substring(realms));
    }

    @PreDestroy
    void close() {
        try {
            api.close();
        } catch (Exception e) {
            LOG.debug("Closing the Keycloak organizations client failed", e);
        }
    }
}
