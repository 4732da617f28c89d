package org.earlyhelp.directory.service;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.earlyhelp.directory.location.Location;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A service delivered at a location: what a practitioner searching near a postcode finds. */
@Entity
@Table(name = "service_at_location")
public class ServiceAtLocation extends PanacheEntityBase {

    @Id
    public UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id")
    public Service service;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "location_id")
    public Location location;

    protected ServiceAtLocation() {
    }

    ServiceAtLocation(UUID id, Service service) {
        this.id = id;
        this.service = service;
    }
}
