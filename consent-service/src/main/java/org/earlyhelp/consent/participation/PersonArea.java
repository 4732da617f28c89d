package org.earlyhelp.consent.participation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A referral about a person was made in an area ({@code source} {@code referral:<id>}): the hub's
 * triage for that area reaches the person here. Written only by the referral feed's consumer; read
 * through {@link PersonReach}.
 */
@Entity
@Table(name = "person_area")
class PersonArea {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "person_id", nullable = false)
    UUID personId;

    @Column(nullable = false)
    String area;

    @Column(nullable = false)
    String source;

    @Column(nullable = false)
    Instant since;

    protected PersonArea() {
    }
}
