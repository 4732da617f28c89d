package org.earlyhelp.consent.subjectaccess;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.earlyhelp.platform.change.IllegalTransition;
import org.earlyhelp.platform.crypto.Sealed;
import org.earlyhelp.platform.identity.Caller;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A subject access request (UK GDPR Art. 15): asked by a data protection officer for a person, or for whoever the
 * names and date of birth turn out to be ({@link #CHOOSE_PERSON} until the officer chooses among the candidates), and,
 * once {@link #COMPLETE}, everything every context held about the person then, sealed.
 */
@Entity
@Table(name = "subject_access_request")
class SubjectAccessRequest {

    static final String CHOOSE_PERSON = "choose-person";
    static final String COMPLETE = "complete";

    @Id
    UUID id;

    /** The asking officer's agency: only its data protection officers see the request. */
    @Column(nullable = false, updatable = false)
    String agency;

    @Column(name = "requested_by", nullable = false, updatable = false)
    String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    Instant requestedAt;

    /** The officer's own case reference. */
    @Convert(converter = Sealed.class)
    @Column(updatable = false)
    String reference;

    @Column(nullable = false)
    String status;

    @Column(name = "person_id")
    UUID personId;

    /** The names and date of birth asked about, as JSON. */
    @Convert(converter = Sealed.class)
    @Column(updatable = false)
    String search;

    /** referral-service's candidates, as JSON. */
    @Convert(converter = Sealed.class)
    @Column
    String candidates;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "candidate_ids", nullable = false)
    UUID[] candidateIds = new UUID[0];

    /** The bundle, as JSON. */
    @Convert(converter = Sealed.class)
    @Column
    String bundle;

    /** How many records each context held, the access log's and the third parties' length: numbers only. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column
    String counts;

    @Column(name = "completed_at")
    Instant completedAt;

    protected SubjectAccessRequest() {
    }

    static SubjectAccessRequest asked(Caller officer, String reference, Instant at) {
        SubjectAccessRequest request = new SubjectAccessRequest();
        request.id = UUID.randomUUID();
        request.agency = officer.agency();
        request.requestedBy = officer.username();
        request.reference = reference;
        request.requestedAt = at;
        return request;
    }

    void awaitChoice(String search, String candidates, List<UUID> candidateIds) {
        this.status = CHOOSE_PERSON;
        this.search = search;
        this.candidates = candidates;
        this.candidateIds = candidateIds.toArray(UUID[]::new);
    }

    boolean awaitsChoice() {
        return CHOOSE_PERSON.equals(status);
    }

    void complete(UUID personId, String bundle, String counts, Instant at) {
        if (COMPLETE.equals(status)) {
            throw new IllegalTransition("This request is complete already: ask again for a new export");
        }
        this.personId = personId;
        this.bundle = bundle;
        this.counts = counts;
        this.status = COMPLETE;
        this.completedAt = at;
    }
}
