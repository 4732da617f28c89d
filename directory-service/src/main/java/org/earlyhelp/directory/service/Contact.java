package org.earlyhelp.directory.service;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "contact")
public class Contact extends PanacheEntityBase {

    @Id
    public UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id")
    public Service service;
    public int position;
    public String name;
    public String title;
    public String email;
    @OneToMany(mappedBy = "contact", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Phone> phones = new ArrayList<>();

    protected Contact() {
    }

    Contact(UUID id, Service service) {
        this.id = id;
        this.service = service;
    }

    void apply(ServiceForm.ContactForm form, int position) {
        this.position = position;
        name = form.name();
        title = form.title();
        email = form.email();
        Children.sync(phones, form.phones(), p -> p.id, ServiceForm.PhoneForm::id,
                f -> new Phone(f.id() == null ? UUID.randomUUID() : f.id(), this), Phone::apply);
    }
}
