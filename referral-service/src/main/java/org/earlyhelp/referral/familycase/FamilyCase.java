package org.earlyhelp.referral.familycase;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * A case as case-service's feed tells this service about it: the family members it is about, its lead agency, and
 * whether it is open. What the hub may learn when it accepts a referral about one of them, never the case's content.
 */
@Entity
@Table(name = "family_case")
class FamilyCase {

    @Id
    @Column(name = "case_id")
    UUID caseId;
    String reference;
    @Column(name = "lead_agency")
    String leadAgency;
    boolean open;
    @Column(name = "opened_at")
    Instant openedAt;
    @Column(name = "changed_at")
    Instant changedAt;

    @ElementCollection
    @CollectionTable(name = "family_case_person", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "person_id")
    Set<UUID> personIds = new LinkedHashSet<>();

    protected FamilyCase() {
    }

    FamilyCase(UUID caseId, String reference, String leadAgency, Instant at) {
        this.caseId = caseId;
        this.reference = reference;
        this.leadAgency = leadAgency;
        this.open = true;
        this.openedAt = at;
        this.changedAt = at;
    }

    /** The case's family now: the feed's {@code personIds} always lists every family member on the case. */
    void about(Collection<UUID> people, Instant at) {
        if (!people.isEmpty()) {
            personIds.clear();
            people.stream().filter(Objects::nonNull).forEach(personIds::add);
        }
        changedAt = at;
    }

    void add(UUID person, Instant at) {
        personIds.add(person);
        changedAt = at;
    }

    void ledBy(String agency, Instant at) {
        leadAgency = agency;
        changedAt = at;
    }

    void closed(Instant at) {
        open = false;
        changedAt = at;
    }

    void reopened(Instant at) {
        open = true;
        changedAt = at;
    }

    OpenCase view(Collection<UUID> asked) {
        return new OpenCase(caseId, reference, leadAgency, personIds.stream().filter(asked::contains).toList());
    }
}
