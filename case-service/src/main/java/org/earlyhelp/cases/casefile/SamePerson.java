package org.earlyhelp.cases.casefile;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The person known as {@code personId} is known as {@code sameAs} too: one row per pair of ids that
 * confirmed matches make one person, both ways. Derived from the links by {@link PersonLinks}; read in
 * the look-ups by person ({@link CaseRepository#openWithPerson}, the person rule of opening).
 */
@Entity
@Table(name = "same_person")
class SamePerson {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "person_id", nullable = false)
    UUID personId;

    @Column(name = "same_as", nullable = false)
    UUID sameAs;

    protected SamePerson() {
    }
}
