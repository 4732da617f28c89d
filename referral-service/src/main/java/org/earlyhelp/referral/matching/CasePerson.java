package org.earlyhelp.referral.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.earlyhelp.platform.crypto.Sealed;

/**
 * A family member case-service added to a case who never appeared on a referral here, with the same search keys as
 * people on referrals ({@link CandidateSearch} reads {@code case_person} beside {@code referral_person}).
 */
@Entity
@Table(name = "case_person")
class CasePerson {

    @Id
    @Column(name = "person_id")
    UUID personId;
    @Column(name = "case_id")
    UUID caseId;
    @Convert(converter = Sealed.class)
    @Column(name = "first_name")
    String firstName;
    @Convert(converter = Sealed.class)
    @Column(name = "last_name")
    String lastName;
    @Column(name = "date_of_birth")
    LocalDate dateOfBirth;
    @Column(name = "postcode_key")
    String postcodeKey;
    @Column(name = "name_key")
    String nameKey;
    @Column(name = "phonetic_key")
    String phoneticKey;
    @Column(name = "family_key")
    String familyKey;
    @Column(name = "added_at")
    Instant addedAt;

    protected CasePerson() {
    }

    CasePerson(UUID personId, UUID caseId, Instant addedAt) {
        this.personId = personId;
        this.caseId = caseId;
        this.addedAt = addedAt;
    }

    /** The latest details case-service gave, and the keys they are found by. */
    void describe(String firstName, String lastName, LocalDate dateOfBirth, String postcode) {
        this.firstName = firstName;
        this.lastName = lastName;
        this.dateOfBirth = dateOfBirth;
        this.postcodeKey = NameKeys.postcode(postcode);
        this.nameKey = NameKeys.name(firstName, lastName);
        this.phoneticKey = NameKeys.phonetic(firstName, lastName);
        this.familyKey = NameKeys.family(lastName);
    }
}
