package org.earlyhelp.directory.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.earlyhelp.directory.location.Location;
import org.earlyhelp.directory.organization.Organization;
import org.earlyhelp.directory.taxonomy.TaxonomyTerm;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A partner service (ORUK service) with everything that belongs to it. It is never deleted: it
 * leaves the directory by {@link #changeStatus} to inactive or defunct, so onward referrals
 * that named it keep a record to point at.
 */
@Entity
@Table(name = "service")
public class Service extends PanacheEntityBase {

    @Id
    public UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    public Organization organization;
    public String name;
    public String description;
    public String url;
    public String email;
    public ServiceStatus status;
    public String fees;
    public String accreditations;
    @Column(name = "minimum_age")
    public Integer minimumAge;
    @Column(name = "maximum_age")
    public Integer maximumAge;
    @Column(name = "assured_date")
    public LocalDate assuredDate;
    @Column(name = "assurer_email")
    public String assurerEmail;
    public String alert;
    @Column(name = "last_modified")
    public Instant lastModified;
    @Version
    public long version;

    @OneToMany(mappedBy = "service", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<ServiceArea> serviceAreas = new ArrayList<>();
    @OneToMany(mappedBy = "service", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<ServiceAtLocation> serviceAtLocations = new ArrayList<>();
    @OneToMany(mappedBy = "service", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Contact> contacts = new ArrayList<>();
    @OneToMany(mappedBy = "service", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Schedule> schedules = new ArrayList<>();
    @OneToMany(mappedBy = "service", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<CostOption> costOptions = new ArrayList<>();
    @OneToMany(mappedBy = "service", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Language> languages = new ArrayList<>();
    @OneToMany(mappedBy = "service", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<ServiceAttribute> attributes = new ArrayList<>();

    protected Service() {
    }

    /** A new service, listed at once ({@code active}) unless a feed says otherwise. */
    public static Service create(UUID id, ServiceStatus status) {
        Service service = new Service();
        service.id = id;
        service.status = status;
        return service;
    }

    /**
     * Takes over what the form says. The organisation, locations and terms the form names have
     * been looked up by the caller (which answers for ids that do not exist).
     */
    public void apply(ServiceForm form, Organization organization, Map<UUID, Location> locations, Map<UUID, TaxonomyTerm> terms) {
        this.organization = organization;
        name = form.name();
        description = form.description();
        url = form.url();
        email = form.email();
        fees = form.fees();
        accreditations = form.accreditations();
        minimumAge = form.minimumAge();
        maximumAge = form.maximumAge();
        assuredDate = form.assuredDate();
        assurerEmail = form.assurerEmail();
        alert = form.alert();
        Children.sync(serviceAreas, form.serviceAreas(), a -> a.id, ServiceForm.AreaForm::id,
                f -> new ServiceArea(idOr(f.id()), this), ServiceArea::apply);
        // One row per location: matched by location so re-stating a site keeps its id.
        Children.sync(serviceAtLocations, form.serviceAtLocations(), s -> s.location.id, ServiceForm.SiteForm::locationId,
                f -> new ServiceAtLocation(idOr(f.id()), this), (site, f, position) -> site.location = locations.get(f.locationId()));
        Children.sync(contacts, form.contacts(), c -> c.id, ServiceForm.ContactForm::id,
                f -> new Contact(idOr(f.id()), this), Contact::apply);
        Children.sync(schedules, form.schedules(), s -> s.id, ServiceForm.ScheduleForm::id,
                f -> new Schedule(idOr(f.id()), this), Schedule::apply);
        Children.sync(costOptions, form.costOptions(), c -> c.id, ServiceForm.CostOptionForm::id,
                f -> new CostOption(idOr(f.id()), this), CostOption::apply);
        Children.sync(languages, form.languages(), l -> l.id, ServiceForm.LanguageForm::id,
                f -> new Language(idOr(f.id()), this), Language::apply);
        Children.sync(attributes, form.attributes(), a -> a.term.id, ServiceForm.AttributeForm::taxonomyTermId,
                f -> new ServiceAttribute(idOr(f.id()), this),
                (attribute, f, position) -> {
                    attribute.term = terms.get(f.taxonomyTermId());
                    attribute.linkType = f.linkType();
                });
        touch();
    }

    /**
     * Moves the service to another status. Defunct is final: a service that has closed for good
     * comes back, if ever, as a new service.
     */
    public void changeStatus(ServiceStatus next) {
        if (status == ServiceStatus.DEFUNCT && next != ServiceStatus.DEFUNCT) {
            throw new IllegalStateException("A defunct service cannot become " + next.value() + " again; create a new service");
        }
        if (status != next) {
            status = next;
            touch();
        }
    }

    /**
     * Takes the status a feed states for this service. Unlike {@link #changeStatus} it may bring
     * a defunct service back: the feed is the source of truth for the services it publishes.
     */
    public void restateFromFeed(ServiceStatus stated) {
        if (status != stated) {
            status = stated;
            touch();
        }
    }

    private void touch() {
        lastModified = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static UUID idOr(UUID id) {
        return id == null ? UUID.randomUUID() : id;
    }

    public static Optional<Service> byId(UUID id) {
        return findByIdOptional(id);
    }
}
