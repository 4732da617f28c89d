package org.earlyhelp.referral.directory;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.arc.DefaultBean;

/**
 * Reads a service and its organisation from the directory's public ORUK API; the organisation
 * publishes its platform agency code as an identifier with scheme {@value #AGENCY_SCHEME}.
 */
@ApplicationScoped
@DefaultBean
class OrukServiceDirectory implements ServiceDirectory {

    static final String AGENCY_SCHEME = "EARLYHELP-AGENCY";

    private final OrukApi oruk;

    OrukServiceDirectory(@RestClient OrukApi oruk) {
        this.oruk = oruk;
    }

    @Override
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = WebApplicationException.class)
    public Optional<DirectoryService> find(UUID serviceId) {
        OrukApi.Service service;
        try {
            service = oruk.service(serviceId);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
        OrukApi.Organization organization = service.organization();
        List<OrukApi.Identifier> identifiers = organization == null || organization.organizationIdentifiers() == null
                ? List.of() : organization.organizationIdentifiers();
        Optional<String> agency = identifiers.stream().filter(id -> AGENCY_SCHEME.equals(id.identifierScheme()))
                .map(OrukApi.Identifier::identifier).findFirst();
        return Optional.of(new DirectoryService(service.id(), service.name(), organization == null ? null : organization.id(),
                organization == null ? null : organization.name(), agency));
    }
}
