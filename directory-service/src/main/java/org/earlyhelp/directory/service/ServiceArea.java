package org.earlyhelp.directory.service;

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
@Table(name = "service_area")
public class ServiceArea extends PanacheEntityBase {

    @Id
    public UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id")
    public Service service;
    public int position;
    public String name;
    public String district;
    public String extent;
    @Column(name = "extent_type")
    public String extentType;
    public String uri;

    protected ServiceArea() {
    }

    ServiceArea(UUID id, Service service) {
        this.id = id;
        this.service = service;
    }

    void apply(ServiceForm.AreaForm form, int position) {
        this.position = position;
        name = form.name();
        district = form.district();
        extent = form.extent();
        extentType = form.extentType();
        uri = form.uri();
    }
}
