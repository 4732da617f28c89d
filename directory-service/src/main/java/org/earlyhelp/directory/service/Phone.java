package org.earlyhelp.directory.service;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "phone")
public class Phone extends PanacheEntityBase {

    @Id
    public UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contact_id")
    public Contact contact;
    public int position;
    public String number;
    public String description;

    protected Phone() {
    }

    Phone(UUID id, Contact contact) {
        this.id = id;
        this.contact = contact;
    }

    void apply(ServiceForm.PhoneForm form, int position) {
        this.position = position;
        number = form.number();
        description = form.description();
    }
}
