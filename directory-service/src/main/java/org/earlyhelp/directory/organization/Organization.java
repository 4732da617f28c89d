package org.earlyhelp.directory.organization;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An organisation that runs partner services; may be linked to the platform agency that receives its onward referrals. */
@Entity
@Table(name = "organization")
public class Organization extends PanacheEntityBase {

    @Id
    public UUID id;
    public String name;
    public String description;
    public String email;
    public String website;
    public String logo;
    public String uri;
    @Column(name = "parent_organization_id")
    public UUID parentOrganizationId;
    @Column(name = "agency_code")
    public String agencyCode;
    @Column(name = "last_modified")
    public Instant lastModified;
    @Version
    public long version;

    protected Organization() {
    }

    public static Organization create(UUID id, OrganizationForm form) {
        Organization organization = new Organization();
        organization.id = id;
        organization.apply(form);
        return organization;
    }

    public void apply(OrganizationForm form) {
        name = form.name();
        description = form.description();
        email = form.email();
        website = form.website();
        logo = form.logo();
        uri = form.uri();
        parentOrganizationId = form.parentOrganizationId();
        agencyCode = form.agencyCode();
        lastModified = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public static Optional<Organization> byId(UUID id) {
        return findByIdOptional(id);
    }

    public static Optional<Organization> byAgency(String agencyCode) {
        return find("agencyCode", agencyCode).firstResultOptional();
    }
}
