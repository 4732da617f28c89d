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
 * An agency takes part in work about a person, for one reason ({@code source}, e.g.
 * {@code case:<id>}): the local copy of what referral-service and case-service publish.
 * Written only by the feed consumers; read through {@link PersonReach}.
 */
@Entity
@Table(name = "participation")
class Participation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "person_id", nullable = false)
    UUID personId;

    @Column(nullable = false)
    String agency;

    @Column(nullable = false)
    String source;

    @Column(nullable = false)
    Instant since;

    protected Participation() {
    }
}
