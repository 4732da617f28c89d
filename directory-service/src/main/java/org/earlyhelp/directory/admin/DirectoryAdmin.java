package org.earlyhelp.directory.admin;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.earlyhelp.directory.location.LocationForm;
import org.earlyhelp.directory.location.Locations;
import org.earlyhelp.directory.organization.Organization;
import org.earlyhelp.directory.organization.OrganizationForm;
import org.earlyhelp.directory.organization.Organizations;
import org.earlyhelp.directory.oruk.Oruk;
import org.earlyhelp.directory.oruk.OrukMapper;
import org.earlyhelp.directory.service.Service;
import org.earlyhelp.directory.service.ServiceCatalogue;
import org.earlyhelp.directory.service.ServiceForm;
import org.earlyhelp.directory.service.ServiceStatus;
import org.earlyhelp.directory.taxonomy.Taxonomies;
import org.earlyhelp.directory.taxonomy.Taxonomy;
import org.earlyhelp.directory.taxonomy.TaxonomyForm;
import org.earlyhelp.directory.taxonomy.TaxonomyTerm;
import org.earlyhelp.directory.taxonomy.TaxonomyTermForm;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;

/**
 * The admin use cases as the admin API offers them: each runs in one transaction with the
 * mapping of its result, so the response shows exactly what was committed, with its version.
 */
@ApplicationScoped
@Transactional
class DirectoryAdmin {

    private final Organizations organizations;
    private final org.earlyhelp.directory.location.Locations locations;
    private final ServiceCatalogue services;
    private final Taxonomies taxonomies;

    DirectoryAdmin(Organizations organizations, Locations locations, ServiceCatalogue services, Taxonomies taxonomies) {
        this.organizations = organizations;
        this.locations = locations;
        this.services = services;
        this.taxonomies = taxonomies;
    }

    Versioned<Oruk.Organization> organization(UUID id) {
        return organization(organizations.get(id));
    }

    Versioned<Oruk.Organization> createOrganization(OrganizationForm form) {
        return organization(organizations.create(UUID.randomUUID(), form));
    }

    Versioned<Oruk.Organization> updateOrganization(UUID id, String ifMatch, OrganizationForm form) {
        return organization(organizations.update(id, ifMatch, form));
    }

    Versioned<Oruk.Location> location(UUID id) {
        var location = locations.get(id);
        return new Versioned<>(OrukMapper.location(location), location.version);
    }

    Page<Oruk.Location> locations(String search, PageRequest page) {
        return locations.list(search, page).map(OrukMapper::location);
    }

    Versioned<Oruk.Location> createLocation(LocationForm form) {
        var location = locations.create(UUID.randomUUID(), form);
        return new Versioned<>(OrukMapper.location(location), location.version);
    }

    Versioned<Oruk.Location> updateLocation(UUID id, String ifMatch, LocationForm form) {
        var location = locations.update(id, ifMatch, form);
        return new Versioned<>(OrukMapper.location(location), location.version);
    }

    Versioned<Oruk.Service> service(UUID id) {
        return service(services.get(id));
    }

    Versioned<Oruk.Service> createService(ServiceForm form) {
        return service(services.create(UUID.randomUUID(), form, ServiceStatus.ACTIVE));
    }

    Versioned<Oruk.Service> updateService(UUID id, String ifMatch, ServiceForm form) {
        return service(services.update(id, ifMatch, form));
    }

    Versioned<Oruk.Service> changeStatus(UUID id, String ifMatch, ServiceStatus status) {
        return service(services.changeStatus(id, ifMatch, status));
    }

    Versioned<Oruk.Taxonomy> taxonomy(UUID id) {
        return taxonomy(taxonomies.getTaxonomy(id));
    }

    Versioned<Oruk.Taxonomy> createTaxonomy(TaxonomyForm form) {
        return taxonomy(taxonomies.createTaxonomy(UUID.randomUUID(), form));
    }

    Versioned<Oruk.Taxonomy> updateTaxonomy(UUID id, String ifMatch, TaxonomyForm form) {
        return taxonomy(taxonomies.updateTaxonomy(id, ifMatch, form));
    }

    Versioned<Oruk.TaxonomyTerm> term(UUID id) {
        return term(taxonomies.getTerm(id));
    }

    Versioned<Oruk.TaxonomyTerm> createTerm(TaxonomyTermForm form) {
        return term(taxonomies.createTerm(UUID.randomUUID(), form));
    }

    Versioned<Oruk.TaxonomyTerm> updateTerm(UUID id, String ifMatch, TaxonomyTermForm form) {
        return term(taxonomies.updateTerm(id, ifMatch, form));
    }

    private static Versioned<Oruk.Organization> organization(Organization o) {
        return new Versioned<>(OrukMapper.organization(o, null), o.version);
    }

    private static Versioned<Oruk.Service> service(Service s) {
        return new Versioned<>(OrukMapper.service(s, OrukMapper.Depth.FULL), s.version);
    }

    private static Versioned<Oruk.Taxonomy> taxonomy(Taxonomy t) {
        return new Versioned<>(OrukMapper.taxonomy(t, List.of()), t.version);
    }

    private static Versioned<Oruk.TaxonomyTerm> term(TaxonomyTerm t) {
        return new Versioned<>(OrukMapper.term(t), t.version);
    }
}
