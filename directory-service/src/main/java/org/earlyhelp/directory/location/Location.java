package org.earlyhelp.directory.location;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.earlyhelp.directory.service.Children;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A place where services are delivered; coordinates drive proximity search. */
@Entity
@Table(name = "location")
public class Location extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "location_type")
    public String locationType;
    public String name;
    public String description;
    public Double latitude;
    public Double longitude;
    @Column(name = "external_identifier")
    public String externalIdentifier;
    @Column(name = "external_identifier_type")
    public String externalIdentifierType;
    @Column(name = "last_modified")
    public Instant lastModified;
    @Version
    public long version;

    @OneToMany(mappedBy = "location", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Address> addresses = new ArrayList<>();

    protected Location() {
    }

    public static Location create(UUID id, LocationForm form) {
        Location location = new Location();
        location.id = id;
        location.apply(form);
        return location;
    }

    public void apply(LocationForm form) {
        locationType = form.locationType();
        name = form.name();
        description = form.description();
        latitude = form.latitude();
        longitude = form.longitude();
        externalIdentifier = form.externalIdentifier();
        externalIdentifierType = form.externalIdentifierType();
        Children.sync(addresses, form.addresses() == null ? List.of() : form.addresses(), a -> a.id, LocationForm.AddressForm::id,
                incoming -> new Address(incoming.id() == null ? UUID.randomUUID() : incoming.id(), this),
                (address, incoming, position) -> address.apply(incoming, position));
        lastModified = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
