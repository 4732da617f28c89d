package org.earlyhelp.consent.lawfulbasis;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.ws.rs.ClientErrorException;

import org.earlyhelp.consent.sharing.DataCategory;
import org.earlyhelp.consent.sharing.LawfulBasisKind;
import org.earlyhelp.consent.sharing.LawfulBasisTerms;
import org.earlyhelp.consent.sharing.Period;
import org.earlyhelp.consent.sharing.Purpose;
import org.earlyhelp.consent.sharing.Scope;
import org.earlyhelp.platform.crypto.Sealed;
import org.earlyhelp.platform.identity.Caller;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A decision to share without consent, on a lawful basis, for a stated scope and time. It names
 * who decided and why; once recorded it is evidence and does not change (a new decision is a
 * new record).
 */
@Entity
@Table(name = "lawful_basis")
class LawfulBasis {

    @Id
    @GeneratedValue
    UUID id;

    @Column(name = "person_id", nullable = false, updatable = false)
    UUID personId;

    @Column(nullable = false, updatable = false)
    String kind;

    @Convert(converter = Sealed.class)

    @Column(nullable = false, updatable = false)
    String justification;

    @Column(name = "decided_by", nullable = false, updatable = false)
    String decidedBy;

    @Column(name = "decided_by_role", updatable = false)
    String decidedByRole;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, updatable = false, columnDefinition = "text[]")
    String[] purposes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "recipient_agencies", nullable = false, updatable = false, columnDefinition = "text[]")
    String[] recipientAgencies;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "recipient_agency_types", nullable = false, updatable = false, columnDefinition = "text[]")
    String[] recipientAgencyTypes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "data_categories", nullable = false, updatable = false, columnDefinition = "text[]")
    String[] dataCategories;

    @Column(name = "valid_from", nullable = false, updatable = false)
    Instant validFrom;

    @Column(name = "valid_until", updatable = false)
    Instant validUntil;

    @Column(name = "recorded_by_user", nullable = false, updatable = false)
    String recordedByUser;

    @Column(name = "recorded_by_name", nullable = false, updatable = false)
    String recordedByName;

    @Column(name = "recorded_by_agency", nullable = false, updatable = false)
    String recordedByAgency;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    Instant recordedAt;

    /** The hand-over to children's social care it was recorded from (decision 0064); null when recorded through the API. */
    @Column(name = "hand_over_id", updatable = false)
    UUID handOverId;

    protected LawfulBasis() {
    }

    static LawfulBasis record(UUID personId, LawfulBasisKind kind, String justification, String decidedBy,
            String decidedByRole, Scope scope, Period validity, Caller recorder, Instant now) {
        if (!scope.isExplicit()) {
            throw new ClientErrorException(
                    "A lawful basis must name its purposes, its recipients (agencies or agency types) and its data categories", 422);
        }
        if (validity.hasEndedAt(now)) {
            throw new ClientErrorException("validUntil has already passed", 422);
        }
        LawfulBasis basis = new LawfulBasis();
        basis.personId = personId;
        basis.kind = kind.code();
        basis.justification = justification.strip();
        basis.decidedBy = decidedBy.strip();
        basis.decidedByRole = decidedByRole;
        basis.purposes = scope.purposes().stream().map(Purpose::code).sorted().toArray(String[]::new);
        basis.recipientAgencies = scope.agencies().stream().sorted().toArray(String[]::new);
        basis.recipientAgencyTypes = scope.agencyTypes().stream().sorted().toArray(String[]::new);
        basis.dataCategories = scope.categories().stream().map(DataCategory::code).sorted().toArray(String[]::new);
        basis.validFrom = validity.start() == null ? now : validity.start();
        basis.validUntil = validity.end();
        basis.recordedByUser = recorder.userId();
        basis.recordedByName = recorder.username();
        basis.recordedByAgency = recorder.agency();
        basis.recordedAt = now;
        return basis;
    }

    /**
     * Risk of significant harm, for a referral handed over to children's social care's front door ({@code frontDoor}):
     * the front door may receive the referral (identity, contact, concerns) about {@code personId}, from now on. Decided
     * and recorded in the name of who decided the hand-over (the hub's screener, or the referrer who flagged immediate
     * risk), as referral-service's event names them.
     */
    static LawfulBasis forHandOver(UUID handOverId, UUID referralId, UUID personId, String frontDoor, String decidedBy,
            String decidedByUser, String decidedByAgency, String decidedByRole, Instant now) {
        LawfulBasis basis = new LawfulBasis();
        basis.personId = personId;
        basis.kind = LawfulBasisKind.RISK_OF_SIGNIFICANT_HARM.code();
        basis.justification = "Referral " + referralId + " handed over to children's social care (" + frontDoor
                + ", hand-over " + handOverId + ") for risk of significant harm to a child; the reasons are on the referral.";
        basis.decidedBy = decidedBy;
        basis.decidedByRole = decidedByRole;
        basis.purposes = new String[] { Purpose.REFERRAL.code() };
        basis.recipientAgencies = new String[] { frontDoor };
        basis.recipientAgencyTypes = new String[0];
        basis.dataCategories = new String[] { DataCategory.CONCERNS.code(), DataCategory.CONTACT.code(),
                DataCategory.IDENTITY.code() };
        basis.validFrom = now;
        basis.recordedByUser = decidedByUser == null ? decidedBy : decidedByUser;
        basis.recordedByName = decidedBy;
        basis.recordedByAgency = decidedByAgency == null ? "" : decidedByAgency;
        basis.recordedAt = now;
        basis.handOverId = handOverId;
        return basis;
    }

    LawfulBasisTerms terms() {
        return new LawfulBasisTerms(id, kind(), scope(), new Period(validFrom, validUntil));
    }

    LawfulBasisKind kind() {
        return LawfulBasisKind.of(kind);
    }

    Scope scope() {
        return new Scope(Arrays.stream(purposes).map(Purpose::of).collect(Collectors.toSet()),
                Set.of(recipientAgencies), Set.of(recipientAgencyTypes),
                Arrays.stream(dataCategories).map(DataCategory::of).collect(Collectors.toSet()));
    }
}
