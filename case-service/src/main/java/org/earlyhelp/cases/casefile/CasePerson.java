package org.earlyhelp.cases.casefile;

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
import org.earlyhelp.platform.crypto.SealedDate;

/**
 * A family member on the case, by the person id referral-service minted. From a referral the case
 * keeps what {@code referral.accepted} carried (name, exact date of birth, relationship); a person
 * added by hand keeps the details the lead gave, which other services use for "known to services" matching.
 */
@Entity
@Table(name = "case_person")
public class CasePerson {

    public static final String FROM_REFERRAL = "referral";
    public static final String BY_HAND = "added";

    @Id
    UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    Case parent;
    int position;
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
    String postcode;
    @Convert(converter = Sealed.class)
    String relationship;
    String source;

    protected CasePerson() {
    }

    CasePerson(Case parent, int position, UUID personId, boolean child, String displayName, String source) {
        this.id = UUID.randomUUID();
        this.parent = parent;
        this.position = position;
        this.personId = personId;
        this.child = child;
        this.displayName = displayName;
        this.source = source;
    }

    CasePerson withDetails(String givenName, String familyName, LocalDate dateOfBirth, String postcode, String relationship) {
        this.givenName = givenName;
        this.familyName = familyName;
        this.dateOfBirth = dateOfBirth;
        this.postcode = postcode;
        this.relationship = relationship;
        return this;
    }

    /**
     * The data protection officer corrected who the person is (decision 0062): a null field is unchanged. A display name
     * made of the names is made again of the corrected ones.
     */
    void rectified(String givenName, String familyName, LocalDate dateOfBirth) {
        String before = (nonNull(this.givenName) + " " + nonNull(this.familyName)).trim();
        boolean displayedByName = displayName != null && displayName.trim().equals(before);
        if (givenName != null) {
            this.givenName = givenName;
        }
        if (familyName != null) {
            this.familyName = familyName;
        }
        if (dateOfBirth != null) {
            this.dateOfBirth = dateOfBirth;
        }
        if (displayedByName) {
            displayName = (nonNull(this.givenName) + " " + nonNull(this.familyName)).trim();
        }
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    public UUID personId() { return personId; }
    public boolean child() { return child; }
    public String displayName() { return displayName; }
    public String givenName() { return givenName; }
    public String familyName() { return familyName; }
    public LocalDate dateOfBirth() { return dateOfBirth; }
    public String postcode() { return postcode; }
    public String relationship() { return relationship; }
    public String source() { return source; }
}
