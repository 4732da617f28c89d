package org.earlyhelp.cases.opening;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.earlyhelp.cases.casefile.Opening;
import org.earlyhelp.platform.crypto.Sealed;
import org.earlyhelp.platform.crypto.SealedDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What this service knows of a referral from referral-service's feed: who referred it, who leads
 * it once accepted, its area, the people (with the names, dates of birth and relationships
 * {@code referral.accepted} gives) and concern categories. Enough to open a case by hand from accepted referrals,
 * never the referral itself.
 */
@Entity
@Table(name = "seen_referral")
class SeenReferral {

    static final String SUBMITTED = "submitted";
    static final String ACCEPTED = "accepted";

    @Id
    @Column(name = "referral_id")
    UUID referralId;
    @Column(name = "referring_agency")
    String referringAgency;
    @Column(name = "lead_agency")
    String leadAgency;
    String area;
    String status;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "concern_categories")
    List<String> concernCategories = new ArrayList<>();
    @Column(name = "seen_at")
    Instant seenAt;

    @ElementCollection
    @CollectionTable(name = "seen_referral_person", joinColumns = @JoinColumn(name = "referral_id"))
    @OrderColumn(name = "position")
    List<Person> people = new ArrayList<>();

    protected SeenReferral() {
    }

    SeenReferral(UUID referralId) {
        this.referralId = referralId;
        this.status = SUBMITTED;
    }

    /** Refreshes the projection from an event; an accepted referral never goes back to submitted. */
    void saw(String status, String referringAgency, String leadAgency, String area, List<String> concernCategories,
            List<Person> people, Instant at) {
        if (!ACCEPTED.equals(this.status)) {
            this.status = status;
        }
        this.referringAgency = referringAgency;
        if (leadAgency != null) {
            this.leadAgency = leadAgency;
        }
        this.area = area;
        this.concernCategories = new ArrayList<>(concernCategories);
        // A later event names the children; keep what it says about each person.
        this.people.clear();
        this.people.addAll(people);
        this.seenAt = at;
    }

    boolean accepted() {
        return ACCEPTED.equals(status);
    }

    /** The agencies that may open a case from it by hand: the lead agency, and the referrer. */
    boolean openableBy(String agency) {
        return agency != null && (agency.equals(leadAgency) || agency.equals(referringAgency));
    }

    UUID referralId() { return referralId; }
    String referringAgency() { return referringAgency; }
    String leadAgency() { return leadAgency; }
    String area() { return area; }
    String status() { return status; }
    List<String> concernCategories() { return Collections.unmodifiableList(concernCategories); }
    Instant seenAt() { return seenAt; }
    List<Person> people() { return Collections.unmodifiableList(people); }

    @Embeddable
    static class Person {

        @Column(name = "person_id")
        UUID personId;
        boolean child;
        @Convert(converter = Sealed.class)
        @Column(name = "display_name")
        String displayName;
        @Convert(converter = Sealed.class)
        @Column(name = "given_name")
        String givenName;
        @Convert(converter = Sealed.class)
        @Column(name = "family_name")
        String familyName;
        @Convert(converter = SealedDate.class)
        @Column(name = "date_of_birth")
        LocalDate dateOfBirth;
        @Convert(converter = Sealed.class)
        String relationship;

        protected Person() {
        }

        Person(UUID personId, boolean child, String displayName, String givenName, String familyName, LocalDate dateOfBirth,
                String relationship) {
            this.personId = personId;
            this.child = child;
            this.displayName = displayName;
            this.givenName = givenName;
            this.familyName = familyName;
            this.dateOfBirth = dateOfBirth;
            this.relationship = relationship;
        }

        /** As the case keeps the person: everything the referral said about them. */
        Opening.Person onCase() {
            return Opening.Person.fromReferral(personId, child, displayName, givenName, familyName, dateOfBirth, relationship);
        }
    }
}
