package org.earlyhelp.directory.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;

import org.earlyhelp.directory.change.ChangeLog;
import org.earlyhelp.directory.location.Location;
import org.earlyhelp.directory.organization.Organization;
import org.earlyhelp.directory.taxonomy.TaxonomyTerm;
import org.earlyhelp.platform.audit.AuditAction;

/** Creating, changing and retiring services: each change audited and published as {@code directory.service-changed}. */
@ApplicationScoped
@Transactional
public class ServiceCatalogue {

    static final String RESOURCE = "service";

    private final ChangeLog changes;

    ServiceCatalogue(ChangeLog changes) {
        this.changes = changes;
    }

    public Service get(UUID id) {
        return Service.byId(id).orElseThrow(() -> new NotFoundException("No service with id " + id));
    }

    public Service create(UUID id, ServiceForm form, ServiceStatus status) {
        if (Service.byId(id).isPresent()) {
            throw new ClientErrorException("A service with id " + id + " already exists", 409);
        }
        Service service = Service.create(id, status);
        apply(service, form);
        service.persistAndFlush();
        recorded(service, AuditAction.CREATE);
        return service;
    }

    public Service update(UUID id, long expectedVersion, ServiceForm form) {
        Service service = get(id);
        ChangeLog.requireVersion(service.version, expectedVersion);
        apply(service, form);
        service.flush();
        recorded(service, AuditAction.UPDATE);
        return service;
    }

    /** Deactivates, marks defunct, closes temporarily or reactivates; the record itself is never deleted. */
    public Service changeStatus(UUID id, long expectedVersion, ServiceStatus status) {
        Service service = get(id);
        ChangeLog.requireVersion(service.version, expectedVersion);
        try {
            service.changeStatus(status);
        } catch (IllegalStateException e) {
            throw new ClientErrorException(e.getMessage(), 409);
        }
        service.flush();
        recorded(service, "change-status");
        return service;
    }

    /** Import: the feed's version of a service replaces the directory's, status included. */
    public Service replace(UUID id, ServiceForm form, ServiceStatus status) {
        Service service = Service.byId(id).orElse(null);
        if (service == null) {
            return create(id, form, status);
        }
        apply(service, form);
        service.restateFromFeed(status);
        service.flush();
        recorded(service, AuditAction.UPDATE);
        return service;
    }

    private void apply(Service service, ServiceForm form) {
        Organization organization = Organization.byId(form.organizationId())
                .orElseThrow(() -> new ClientErrorException("organizationId names no organization", 422));
        Map<UUID, Location> locations = new HashMap<>();
        List<ServiceForm.SiteForm> sites = form.serviceAtLocations();
        for (int i = 0; i < sites.size(); i++) {
            UUID locationId = sites.get(i).locationId();
            Location location = Location.<Location>findByIdOptional(locationId)
                    .orElseThrow(() -> new ClientErrorException("serviceAtLocations names a location that does not exist: "
                            + locationId, 422));
            locations.put(locationId, location);
        }
        Map<UUID, TaxonomyTerm> terms = new HashMap<>();
        for (ServiceForm.AttributeForm attribute : form.attributes()) {
            TaxonomyTerm term = TaxonomyTerm.<TaxonomyTerm>findByIdOptional(attribute.taxonomyTermId())
                    .orElseThrow(() -> new ClientErrorException("attributes names a taxonomy term that does not exist: "
                            + attribute.taxonomyTermId(), 422));
            terms.put(term.id, term);
        }
        service.apply(form, organization, locations, terms);
    }

    private void recorded(Service service, String action) {
        changes.record(action, RESOURCE, service.id);
        changes.serviceChanged(service.id, service.status.value(), service.organization.id, service.organization.agencyCode, action);
    }
}
