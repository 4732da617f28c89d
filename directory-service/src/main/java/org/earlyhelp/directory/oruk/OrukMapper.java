package org.earlyhelp.directory.oruk;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.earlyhelp.directory.location.Address;
import org.earlyhelp.directory.location.Location;
import org.earlyhelp.directory.organization.Organization;
import org.earlyhelp.directory.service.Contact;
import org.earlyhelp.directory.service.Service;
import org.earlyhelp.directory.service.ServiceAtLocation;
import org.earlyhelp.directory.taxonomy.Taxonomy;
import org.earlyhelp.directory.taxonomy.TaxonomyTerm;

/**
 * Entities to the ORUK wire format, at the three depths ORUK asks for: minimal (id, name, status,
 * last_modified), basic (one-to-one fields plus the organisation) and full (everything nested).
 * Runs inside the read transaction, so lazy collections load here (in batches, see
 * {@code quarkus.hibernate-orm.fetch.batch-size}).
 */
public final class OrukMapper {

    /** The scheme under which an organisation's platform agency code is published. */
    public static final String AGENCY_SCHEME = "EARLYHELP-AGENCY";
    static final String AGENCY_TYPE = "Early Help Hub agency code";

    public enum Depth { MINIMAL, BASIC, FULL }

    private OrukMapper() {
    }

    public static Oruk.Service service(Service s, Depth depth) {
        if (depth == Depth.MINIMAL) {
            return new Oruk.Service(s.id, null, s.name, null, null, null, s.status.value(), null, null, null, null,
                    null, null, null, s.lastModified, null, null, null, null, null, null, null, null);
        }
        boolean full = depth == Depth.FULL;
        return new Oruk.Service(s.id, s.organization.id, s.name, s.description, s.url, s.email, s.status.value(),
                s.fees, s.accreditations, s.minimumAge, s.maximumAge, s.assuredDate, s.assurerEmail, s.alert,
                s.lastModified,
                full ? s.schedules.stream().map(x -> new Oruk.Schedule(x.id, s.id, x.validFrom, x.validTo, x.dtstart, x.freq,
                        x.interval, x.byday, x.bymonthday, x.description, x.opensAt, x.closesAt, x.scheduleLink,
                        x.attendingType, x.notes)).toList() : null,
                full ? s.serviceAreas.stream().map(a -> new Oruk.ServiceArea(a.id, s.id, a.name, a.extent, a.extentType, a.uri))
                        .toList() : null,
                full ? s.serviceAtLocations.stream().map(site -> site(site, null)).toList() : null,
                full ? s.languages.stream().map(l -> new Oruk.Language(l.id, s.id, l.name, l.code, l.note)).toList() : null,
                organization(s.organization, null),
                full ? s.costOptions.stream().map(c -> new Oruk.CostOption(c.id, s.id, c.validFrom, c.validTo, c.option,
                        c.amount, c.amountDescription)).toList() : null,
                full ? s.contacts.stream().map(c -> contact(c, s.id)).toList() : null,
                full ? s.attributes.stream().map(a -> new Oruk.Attribute(a.id, s.id, a.term.id, a.linkType, term(a.term)))
                        .toList() : null);
    }

    private static Oruk.Contact contact(Contact c, UUID serviceId) {
        return new Oruk.Contact(c.id, serviceId, c.name, c.title, c.email,
                c.phones.stream().map(p -> new Oruk.Phone(p.id, c.id, p.number, p.description)).toList());
    }

    /** A service at a location; {@code service} is included (basic depth) when given. */
    public static Oruk.ServiceAtLocation site(ServiceAtLocation site, Oruk.Service service) {
        return new Oruk.ServiceAtLocation(site.id, site.service.id, site.location.id, location(site.location), service);
    }

    public static Oruk.Location location(Location l) {
        return new Oruk.Location(l.id, l.locationType, l.name, l.description, l.latitude, l.longitude,
                l.externalIdentifier, l.externalIdentifierType, l.addresses.stream().map(a -> address(a, l.id)).toList());
    }

    private static Oruk.Address address(Address a, UUID locationId) {
        return new Oruk.Address(a.id, locationId, a.attention, a.address1, a.city, a.region, a.stateProvince,
                a.postalCode, a.country, a.addressType);
    }

    public static Oruk.Organization organization(Organization o, List<Oruk.Service> services) {
        List<Oruk.OrganizationIdentifier> identifiers = o.agencyCode == null ? List.of()
                : List.of(new Oruk.OrganizationIdentifier(
                        UUID.nameUUIDFromBytes(("agency:" + o.id).getBytes(StandardCharsets.UTF_8)), o.id,
                        AGENCY_SCHEME, AGENCY_TYPE, o.agencyCode));
        return new Oruk.Organization(o.id, o.name, o.description, o.email, o.website, o.logo, o.uri,
                o.parentOrganizationId, identifiers, services);
    }

    public static Oruk.Taxonomy taxonomy(Taxonomy t, List<TaxonomyTerm> terms) {
        return new Oruk.Taxonomy(t.id, t.name, t.description, t.uri, t.versionLabel,
                terms == null ? null : terms.stream().map(OrukMapper::term).toList());
    }

    public static Oruk.TaxonomyTerm term(TaxonomyTerm t) {
        return new Oruk.TaxonomyTerm(t.id, t.name, t.description, t.parent == null ? null : t.parent.id,
                t.taxonomy.name, t.taxonomy.id, t.termUri, t.code);
    }
}
