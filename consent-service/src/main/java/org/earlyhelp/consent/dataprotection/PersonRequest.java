package org.earlyhelp.consent.dataprotection;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.earlyhelp.platform.crypto.Sealed;
import org.earlyhelp.platform.identity.Caller;

/**
 * One thing a data protection officer asked about a person: a rectification, a restriction, its lift or an erasure,
 * with the reason (sealed, never on the feed) and, for a rectification, the corrected details (sealed).
 */
@Entity
@Table(name = "person_request")
class PersonRequest {

    static final String RECTIFICATION = "rectification";
    static final String RESTRICTION = "restriction";
    static final String RESTRICTION_LIFT = "restriction-lift";
    static final String ERASURE = "erasure";

    @Id
    UUID id;

    @Column(name = "person_id", nullable = false, updatable = false)
    UUID personId;

    @Column(nullable = false, updatable = false)
    String kind;

    @Convert(converter = Sealed.class)
    @Column(nullable = false, updatable = false)
    String reason;

    /** The corrected details of a rectification, as JSON. */
    @Convert(converter = Sealed.class)
    @Column
    String details;

    @Column(name = "requested_by", nullable = false, updatable = false)
    String requestedBy;

    @Column(updatable = false)
    String agency;

    @Column(name = "requested_at", nullable = false, updatable = false)
    Instant requestedAt;

    protected PersonRequest() {
    }

    static PersonRequest of(String kind, UUID personId, String reason, String details, Caller by, Instant at) {
        PersonRequest request = new PersonRequest();
        request.id = UUID.randomUUID();
        request.kind = kind;
        request.personId = personId;
        request.reason = reason;
        request.details = details;
        request.requestedBy = by.username();
        request.agency = by.agency();
        request.requestedAt = at;
        return request;
    }
}
