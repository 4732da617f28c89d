package org.earlyhelp.directory.location;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "address")
public class Address extends PanacheEntityBase {

    @Id
    public UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "location_id")
    public Location location;
    public int position;
    public String attention;
    @Column(name = "address_1")
    public String address1;
    public String city;
    public String region;
    @Column(name = "state_province")
    public String stateProvince;
    @Column(name = "postal_code")
    public String postalCode;
    public String country;
    @Column(name = "address_type")
    public String addressType;

    protected Address() {
    }

    Address(UUID id, Location location) {
        this.id = id;
        this.location = location;
    }

    void apply(LocationForm.AddressForm form, int position) {
        this.position = position;
        attention = form.attention();
        address1 = form.address1();
        city = form.city();
        region = form.region();
        stateProvince = form.stateProvince();
        postalCode = form.postalCode();
        country = form.country();
        addressType = form.addressType();
    }
}
