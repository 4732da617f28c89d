package org.earlyhelp.directory.service;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.earlyhelp.directory.taxonomy.TaxonomyTerm;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A taxonomy term attached to a service (ORUK attribute): a need it meets or a type of help it is. */
@Entity
@Table(name = "service_attribute")
public class ServiceAttribute extends PanacheEntityBase {

    @Id
    public UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id")
    public Service service;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "taxonomy_term_id")
    public TaxonomyTerm term;
    @Column(name = "link_type")
    public String linkType;

    protected ServiceAttribute() {
    }

    ServiceAttribute(UUID id, Service service) {
        this.id = id;
        this.service = service;
    }
}
