package org.earlyhelp.platform.crypto;

import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A toy record with personal data: a name and a note sealed, the area in clear. */
@Entity
@Table(name = "toy_person")
public class ToyPerson {

    @Id
    UUID id;
    @Convert(converter = Sealed.class)
    String name;
    @Convert(converter = Sealed.class)
    String note;
    String area;

    protected ToyPerson() {
    }

    ToyPerson(String name, String note, String area) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.note = note;
        this.area = area;
    }
}
