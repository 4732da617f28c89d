package org.earlyhelp.directory.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import org.earlyhelp.directory.change.ChangeLog;
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
import org.earlyhelp.directory.taxonomy.Taxonomy;
import org.earlyhelp.directory.taxonomy.TaxonomyTerm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Imports an ORUK feed: a JSON array of fully nested services, or an ORUK page whose
 * {@code contents} are. Everything is checked before anything is stored (the ORUK schemas, then
 * that every organisation, location and term a service names is in the feed or the directory,
 * then the directory's own rules), and everything is stored in one transaction: a feed is taken
 * whole or not at all. The feed is the source of truth for what it carries: its services,
 * organisations and locations replace the directory's (status included); terms it names are
 * created when missing, never changed.
 */
@ApplicationScoped
public class FeedImport {

    /** What an import changed. */
    public record Report(int services, int organizations, int locations, int taxonomyTerms) {
    }

    /** The feed was refused; nothing was stored. */
    public static final class Rejected extends RuntimeException {

        private final transient List<OrukSchemas.Violation> violations;

        Rejected(String message, List<OrukSchemas.Violation> violations) {
            super(message);
            this.violations = List.copyOf(violations);
        }

        public List<OrukSchemas.Violation> violations() {
            return violations;
        }
    }

    private static final int MAX_REPORTED = 50;

    private final OrukSchemas schemas = OrukSchemas.bundled();
    private final ObjectMapper lenient;
    private final Validator validator;
    private final Organizations organizations;
    private final Locations locations;
    private final ServiceCatalogue services;
    private final ChangeLog changes;

    FeedImport(ObjectMapper json, Validator validator, Organizations organizations, Locations locations,
            ServiceCatalogue services, ChangeLog changes) {
        // Feeds carry ORUK fields the directory does not keep (funding, accessibility...): read past them.
        this.lenient = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.validator = validator;
        this.organizations = organizations;
        this.locations = locations;
        this.services = services;
        this.changes = changes;
    }

    @Transactional
    public Report importFeed(JsonNode feed) {
        return importFeed(feed, false);
    }

    /**
     * @param onlyNew keep every service, organisation and location already in the directory as it is
     *                (demo data on a restart must not undo an admin's edits)
     */
    @Transactional
    public Report importFeed(JsonNode feed, boolean onlyNew) {
        Map<String, JsonNode> items = items(feed);
        List<OrukSchemas.Violation> violations = new ArrayList<>();
        items.forEach((path, item) -> violations.addAll(schemas.validate("service.json", item, path)));
        reject("The feed does not conform to the ORUK 3.0 service schema", violations);

        Plan plan = new Plan();
        items.forEach((path, item) -> plan.add(path, read(item, path), violations));
        reject("The feed names records that are neither in it nor in the directory, or breaks the directory's rules", violations);

        int stored = 0;
        for (Map.Entry<UUID, OrganizationForm> organization : plan.organizations.entrySet()) {
            if (!onlyNew || Organization.byId(organization.getKey()).isEmpty()) {
                organizations.replace(organization.getKey(), organization.getValue());
            }
        }
        for (Map.Entry<UUID, LocationForm> location : plan.locations.entrySet()) {
            if (!onlyNew || org.earlyhelp.directory.location.Location.findByIdOptional(location.getKey()).isEmpty()) {
                locations.replace(location.getKey(), location.getValue());
            }
        }
        for (PlannedTerm term : plan.terms.values()) {
            TaxonomyTerm created = TaxonomyTerm.create(term.id, Taxonomy.findById(term.taxonomyId));
            created.apply(term.code, term.name, term.description, term.uri,
                    term.parentId == null ? null : TaxonomyTerm.findById(term.parentId));
            created.persist();
            changes.record("create", "taxonomy-term", term.id);
        }
        for (PlannedService service : plan.services) {
            if (onlyNew && Service.byId(service.id).isPresent()) {
                continue;
            }
            services.replace(service.id, service.form, service.status);
            stored++;
        }
        changes.record("import", "directory-feed", null);
        return new Report(stored, plan.organizations.size(), plan.locations.size(), plan.terms.size());
    }

    private Oruk.Service read(JsonNode item, String path) {
        try {
            return lenient.treeToValue(item, Oruk.Service.class);
        } catch (JsonProcessingException e) {
            throw new Rejected("The feed does not conform to the ORUK 3.0 service schema",
                    List.of(new OrukSchemas.Violation(path, "cannot be read as an ORUK service")));
        }
    }

    private static Map<String, JsonNode> items(JsonNode feed) {
        Map<String, JsonNode> items = new LinkedHashMap<>();
        String base;
        JsonNode array;
        if (feed != null && feed.isArray()) {
            base = "$";
            array = feed;
        } else if (feed != null && feed.isObject() && feed.path("contents").isArray()) {
            base = "$.contents";
            array = feed.get("contents");
        } else {
            throw new Rejected("A feed is a JSON array of ORUK services or an ORUK page with contents",
                    List.of(new OrukSchemas.Violation("$", "must be an array of services or an object with contents")));
        }
        for (int i = 0; i < array.size(); i++) {
            items.put(base + "[" + i + "]", array.get(i));
        }
        return items;
    }

    private static void reject(String message, List<OrukSchemas.Violation> violations) {
        if (!violations.isEmpty()) {
            throw new Rejected(message, violations.size() > MAX_REPORTED ? violations.subList(0, MAX_REPORTED) : violations);
        }
    }

    private record PlannedService(UUID id, ServiceForm form, ServiceStatus status) {
    }

    private record PlannedTerm(UUID id, UUID taxonomyId, String code, String name, String description, String uri, UUID parentId) {
    }

    /** What the feed will store, gathered and checked record by record. */
    private final class Plan {

        final Map<UUID, OrganizationForm> organizations = new LinkedHashMap<>();
        final Map<UUID, LocationForm> locations = new LinkedHashMap<>();
        final Map<UUID, PlannedTerm> terms = new LinkedHashMap<>();
        final List<PlannedService> services = new ArrayList<>();
        private final Set<String> districts = Set.copyOf(Service.getEntityManager()
                .createNativeQuery("SELECT DISTINCT district FROM postcode", String.class).getResultList());
        private final Map<UUID, Boolean> knownTerms = new HashMap<>();

        void add(String at, Oruk.Service feed, List<OrukSchemas.Violation> violations) {
            UUID organizationId = organization(at, feed, violations);
            List<ServiceForm.SiteForm> sites = new ArrayList<>();
            List<Oruk.ServiceAtLocation> feedSites = feed.serviceAtLocations() == null ? List.of() : feed.serviceAtLocations();
            for (int j = 0; j < feedSites.size(); j++) {
                String sitePath = at + ".service_at_locations[" + j + "]";
                Oruk.ServiceAtLocation site = feedSites.get(j);
                UUID locationId = site.location() != null ? site.location().id() : site.locationId();
                if (site.location() != null) {
                    LocationForm form = location(site.location());
                    validate(form, sitePath + ".location", violations);
                    locations.put(locationId, form);
                } else if (locationId == null || (!locations.containsKey(locationId)
                        && org.earlyhelp.directory.location.Location.findByIdOptional(locationId).isEmpty())) {
                    violations.add(new OrukSchemas.Violation(sitePath + ".location_id",
                            "names no location in the feed or the directory"));
                    continue;
                }
                sites.add(new ServiceForm.SiteForm(site.id(), locationId));
            }
            List<ServiceForm.AttributeForm> attributes = new ArrayList<>();
            List<Oruk.Attribute> feedAttributes = feed.attributes() == null ? List.of() : feed.attributes();
            for (int k = 0; k < feedAttributes.size(); k++) {
                UUID termId = term(at + ".attributes[" + k + "]", feedAttributes.get(k), violations);
                if (termId != null) {
                    attributes.add(new ServiceForm.AttributeForm(feedAttributes.get(k).id(), termId, feedAttributes.get(k).linkType()));
                }
            }
            ServiceForm form = new ServiceForm(organizationId, feed.name(), feed.description(), feed.url(), feed.email(),
                    feed.fees(), feed.accreditations(), feed.minimumAge(), feed.maximumAge(), feed.assuredDate(),
                    feed.assurerEmail(), feed.alert(),
                    list(feed.serviceAreas()).stream().map(a -> new ServiceForm.AreaForm(a.id(), a.name(), district(a.name()),
                            a.extent(), a.extentType(), a.uri())).toList(),
                    sites,
                    list(feed.contacts()).stream().map(c -> new ServiceForm.ContactForm(c.id(), c.name(), c.title(), c.email(),
                            list(c.phones()).stream().map(p -> new ServiceForm.PhoneForm(p.id(), p.number(), p.description()))
                                    .toList())).toList(),
                    list(feed.schedules()).stream().map(s -> new ServiceForm.ScheduleForm(s.id(), s.validFrom(), s.validTo(),
                            s.dtstart(), s.freq(), s.interval(), s.byday(), s.bymonthday(), s.description(), s.opensAt(),
                            s.closesAt(), s.scheduleLink(), s.attendingType(), s.notes())).toList(),
                    list(feed.costOptions()).stream().map(c -> new ServiceForm.CostOptionForm(c.id(), c.validFrom(), c.validTo(),
                            c.option(), c.amount(), c.amountDescription())).toList(),
                    list(feed.languages()).stream().map(l -> new ServiceForm.LanguageForm(l.id(), l.name(), l.code(), l.note()))
                            .toList(),
                    attributes);
            validate(form, at, violations);
            services.add(new PlannedService(feed.id(), form, ServiceStatus.fromValue(feed.status())));
        }

        private UUID organization(String at, Oruk.Service feed, List<OrukSchemas.Violation> violations) {
            Oruk.Organization nested = feed.organization();
            if (nested == null) {
                if (feed.organizationId() == null) {
                    violations.add(new OrukSchemas.Violation(at, "needs organization_id or organization"));
                } else if (!organizations.containsKey(feed.organizationId()) && Organization.byId(feed.organizationId()).isEmpty()) {
                    violations.add(new OrukSchemas.Violation(at + ".organization_id", "names no organization in the feed or the directory"));
                }
                return feed.organizationId();
            }
            if (feed.organizationId() != null && !feed.organizationId().equals(nested.id())) {
                violations.add(new OrukSchemas.Violation(at + ".organization_id", "differs from organization.id"));
            }
            String agency = list(nested.organizationIdentifiers()).stream()
                    .filter(identifier -> OrukMapper.AGENCY_SCHEME.equals(identifier.identifierScheme()))
                    .map(Oruk.OrganizationIdentifier::identifier).findFirst().orElse(null);
            OrganizationForm form = new OrganizationForm(nested.name(), nested.description(), nested.email(), nested.website(),
                    nested.logo(), nested.uri(), nested.parentOrganizationId(), agency);
            validate(form, at + ".organization", violations);
            organizations.put(nested.id(), form);
            return nested.id();
        }

        private UUID term(String at, Oruk.Attribute attribute, List<OrukSchemas.Violation> violations) {
            Oruk.TaxonomyTerm term = attribute.taxonomyTerm();
            UUID id = term != null ? term.id() : attribute.taxonomyTermId();
            if (id == null) {
                violations.add(new OrukSchemas.Violation(at, "needs taxonomy_term_id or taxonomy_term"));
                return null;
            }
            if (terms.containsKey(id) || knownTerms.computeIfAbsent(id, known -> TaxonomyTerm.findByIdOptional(known).isPresent())) {
                return id;
            }
            if (term == null || term.taxonomyId() == null || Taxonomy.findByIdOptional(term.taxonomyId()).isEmpty()) {
                violations.add(new OrukSchemas.Violation(at + ".taxonomy_term_id",
                        "names no taxonomy term in the directory, and the feed does not give one with an existing taxonomy_id"));
                return null;
            }
            String code = term.term() != null ? slug(term.term()) : slug(term.name());
            if (TaxonomyTerm.byCode(term.taxonomyId(), code).isPresent()) {
                violations.add(new OrukSchemas.Violation(at + ".taxonomy_term", "has the code of another term of its taxonomy: " + code));
                return null;
            }
            UUID parent = term.parentId() != null && TaxonomyTerm.findByIdOptional(term.parentId()).isPresent() ? term.parentId() : null;
            terms.put(id, new PlannedTerm(id, term.taxonomyId(), code, term.name(), term.description(), term.termUri(), parent));
            return id;
        }

        private LocationForm location(Oruk.Location l) {
            return new LocationForm(l.locationType(), l.name(), l.description(), l.latitude(), l.longitude(),
                    l.externalIdentifier(), l.externalIdentifierType(),
                    list(l.addresses()).stream().map(a -> new LocationForm.AddressForm(a.id(), a.attention(), a.address1(),
                            a.city(), a.region(), a.stateProvince(), a.postalCode(), a.country(), a.addressType())).toList());
        }

        private String district(String areaName) {
            String code = areaName == null ? null : slug(areaName);
            return code != null && districts.contains(code) ? code : null;
        }

        private <T> void validate(T form, String at, List<OrukSchemas.Violation> violations) {
            for (ConstraintViolation<T> violation : validator.validate(form)) {
                violations.add(new OrukSchemas.Violation(at + "." + jsonPath(violation.getPropertyPath()), violation.getMessage()));
            }
        }
    }

    /** {@code serviceAreas[0].extentType} → {@code service_areas[0].extent_type}: the feed's own names. */
    private static String jsonPath(Path path) {
        List<String> parts = new ArrayList<>();
        for (Path.Node node : path) {
            String name = node.getName() == null ? "" : node.getName().equals("address1") ? "address_1"
                    : node.getName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
            if (node.getIndex() != null && !parts.isEmpty()) {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + node.getIndex() + "]");
            }
            if (!name.isEmpty() && !name.startsWith("<")) {
                parts.add(name);
            }
        }
        return parts.stream().collect(Collectors.joining("."));
    }

    private static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "term" : slug;
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }
}
