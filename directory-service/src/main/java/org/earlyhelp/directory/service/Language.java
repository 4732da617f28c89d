package org.earlyhelp.directory.service;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A language the service is delivered in (HSDS 3.0 name, ISO 639 code and note). */
@Entity
@Table(name = "language")
public class Language extends PanacheEntityBase {

    @Id
    public UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id")
    public Service service;
    public int position;
    public String name;
    public String code;
    public String note;

    protected Language() {
    }

    Language(UUID id, Service service) {
        this.id = id;
        this.service = service;
    }

    void apply(ServiceForm.LanguageForm form, int position) {
        this.position = position;
        name = form.name();
        code = form.code();
        note = form.note();
    }
}
