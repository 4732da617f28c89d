package org.earlyhelp.cases.casefile;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person whose processing a data protection officer restricted, by the id consent-service named (decision 0062). */
@Entity
@Table(name = "restricted_person")
class RestrictedPerson {

    @Id
    @Column(name = "person_id")
    UUID personId;
    @Column(name = "request_id")
    UUID requestId;
    @Column(name = "restricted_at")
    Instant restrictedAt;

    protected RestrictedPerson() {
    }

    RestrictedPerson(UUID personId, UUID requestId, Instant restrictedAt) {
        this.personId = personId;
        this.requestId = requestId;
        this.restrictedAt = restrictedAt;
    }
}
