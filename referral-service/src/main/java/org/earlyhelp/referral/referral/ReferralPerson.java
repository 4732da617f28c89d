package org.earlyhelp.referral.referral;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.earlyhelp.platform.crypto.Sealed;

/**
 * A person a referral names (a child or a household member) with the person id minted for them
 * here; a confirmed "known to services" match relinks it to the person's earlier id.
 */
@Entity
@Table(name = "referral_person")
public class ReferralPerson {

    public static final String CHILD = "child";
    public static final String HOUSEHOLD = "household";

    @Id
    UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "referral_id")
    Referral referral;

    int position;
    @Column(name = "person_id")
    UUID personId;
    String role;
    @Convert(converter = Sealed.class)
    @Column(name = "first_name")
    String firstName;
    @Convert(converter = Sealed.class)
    @Column(name = "last_name")
    String lastName;
    @Column(name = "date_of_birth")
    LocalDate dateOfBirth;
    @Column(name = "born_earliest")
    LocalDate bornEarliest;
    @Column(name = "born_latest")
    LocalDate bornLatest;
    @Column(name = "expected_due_date")
    LocalDate expectedDueDate;
    @Convert(converter = Sealed.class)
    String postcode;
    @Convert(converter = Sealed.class)
    String relationship;
    @Column(name = "name_key")
    String nameKey = "";
    @Column(name = "phonetic_key")
    String phoneticKey = "";
    @Column(name = "family_key")
    String familyKey = "";
    @Column(name = "postcode_key")
    String postcodeKey;
    /** {@link NhsNumberLookup}: the NHS number's lookup value, '' for none; null only until the backfill reaches the row. */
    @Column(name = "nhs_number_lookup")
    String nhsNumberLookup;

    protected ReferralPerson() {
    }

    ReferralPerson(Referral referral, int position, String role, String firstName, String lastName, BirthDate born,
            LocalDate expectedDueDate, String postcode, String relationship) {
        this.id = UUID.randomUUID();
        this.referral = referral;
        this.position = position;
        this.personId = UUID.randomUUID();
        this.role = role;
        this.firstName = firstName;
        this.lastName = lastName;
        this.dateOfBirth = born.exact();
        this.bornEarliest = born.earliest();
        this.bornLatest = born.latest();
        this.expectedDueDate = expectedDueDate;
        this.postcode = postcode;
        this.relationship = relationship;
    }

    /** A confirmed match: from now on this person is the one already known by {@code existing}. */
    void linkTo(UUID existing) {
        this.personId = existing;
    }

    /** A data protection officer corrected their identifying details (a null is unchanged). */
    void correct(String firstName, String lastName, LocalDate dateOfBirth) {
        correct(firstName, lastName, dateOfBirth, null);
    }

    /** Their identifying details corrected, by a data protection officer or the referrer (a null is unchanged). */
    void correct(String firstName, String lastName, LocalDate dateOfBirth, String postcode) {
        if (postcode != null) {
            this.postcode = postcode;
        }
        if (firstName != null) {
            this.firstName = firstName;
        }
        if (lastName != null) {
            this.lastName = lastName;
        }
        if (dateOfBirth != null) {
            this.dateOfBirth = dateOfBirth;
            this.bornEarliest = dateOfBirth;
            this.bornLatest = dateOfBirth;
        }
    }

    /** The keys "known to services" matching searches by; computed by the matching feature. */
    public void index(String nameKey, String phoneticKey, String familyKey, String postcodeKey) {
        this.nameKey = nameKey;
        this.phoneticKey = phoneticKey;
        this.familyKey = familyKey;
        this.postcodeKey = postcodeKey;
    }

    /** Set by {@link NhsNumberLookup#index}, the one place that knows how. */
    void nhsNumberLookup(String lookup) {
        this.nhsNumberLookup = lookup;
    }

    public UUID id() { return id; }
    public Referral referral() { return referral; }
    public int position() { return position; }
    public UUID personId() { return personId; }
    public String role() { return role; }
    public boolean child() { return CHILD.equals(role); }
    public String firstName() { return firstName; }
    public String lastName() { return lastName; }
    public LocalDate dateOfBirth() { return dateOfBirth; }
    public BirthDate birthDate() { return BirthDate.of(dateOfBirth, bornEarliest, bornLatest); }
    public LocalDate expectedDueDate() { return expectedDueDate; }
    public String postcode() { return postcode; }
    public String relationship() { return relationship; }
    public String nameKey() { return nameKey; }
    public String phoneticKey() { return phoneticKey; }
    public String familyKey() { return familyKey; }
    public String postcodeKey() { return postcodeKey; }

    public String displayName() {
        return firstName == null || firstName.isBlank() ? lastName : firstName + " " + lastName;
    }
}
