package org.earlyhelp.consent.decision;

import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.earlyhelp.consent.participation.Roles;
import org.earlyhelp.consent.sharing.DataCategory;
import org.earlyhelp.consent.sharing.LawfulBasisKind;
import org.earlyhelp.consent.sharing.Outcome;
import org.earlyhelp.consent.sharing.Reason;
import org.earlyhelp.consent.sharing.SharingQuestion;
import org.earlyhelp.consent.sharing.SharingVerdict;
import org.earlyhelp.platform.identity.Caller;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A sharing decision as taken: the question, who asked, the answer and its basis. Never changes. */
@Entity
@Immutable
@Table(name = "sharing_decision")
class SharingDecision {

    @Id
    @GeneratedValue
    UUID id;

    @Column(name = "decided_at", nullable = false)
    Instant decidedAt;

    @Column(name = "asked_by_user", nullable = false)
    String askedByUser;

    @Column(name = "asked_by_name", nullable = false)
    String askedByName;

    @Column(name = "asked_by_agency", nullable = false)
    String askedByAgency;

    @Column(name = "person_id", nullable = false)
    UUID personId;

    @Column(name = "recipient_agency", nullable = false)
    String recipientAgency;

    @Column(name = "recipient_agency_type", nullable = false)
    String recipientAgencyType;

    @Column(nullable = false)
    String purpose;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "data_categories", nullable = false, columnDefinition = "text[]")
    String[] dataCategories;

    @Column(nullable = false)
    String outcome;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    String[] reasons;

    @Column(name = "consent_id")
    UUID consentId;

    @Column(name = "consent_version")
    Integer consentVersion;

    @Column(name = "lawful_basis_id")
    UUID lawfulBasisId;

    @Column(name = "lawful_basis_kind")
    String lawfulBasisKind;

    /** The asking "agency" of a decision the suite's own service asked (sharing-recheck). */
    static final String SERVICE_ASKER = "service:sharing-recheck";

    protected SharingDecision() {
    }

    static SharingDecision taken(SharingQuestion question, SharingVerdict verdict, Caller asker, Instant at) {
        SharingDecision decision = new SharingDecision();
        decision.decidedAt = at;
        decision.askedByUser = asker.userId();
        decision.askedByName = asker.username();
        // The suite's own account asks for the service, not for the agency its account sits in: the decision is no
        // agency's to read as "asked by us" (a hub practitioner must not read case-service's rechecks).
        decision.askedByAgency = asker.hasRole(Roles.SHARING_RECHECK) ? SERVICE_ASKER : asker.agency();
        decision.personId = question.personId();
        decision.recipientAgency = question.recipient().agency();
        decision.recipientAgencyType = question.recipient().agencyType();
        decision.purpose = question.purpose().code();
        decision.dataCategories = question.categories().stream().map(DataCategory::code).sorted().toArray(String[]::new);
        decision.outcome = verdict.outcome().code();
        decision.reasons = verdict.reasons().stream().map(Reason::code).toArray(String[]::new);
        decision.consentId = verdict.consentId();
        decision.consentVersion = verdict.consentVersion();
        decision.lawfulBasisId = verdict.lawfulBasisId();
        decision.lawfulBasisKind = verdict.lawfulBasisKind() == null ? null : verdict.lawfulBasisKind().code();
        return decision;
    }

    Outcome outcome() {
        return Outcome.of(outcome);
    }

    /** How the decision reads in the audit trail's purpose column: what was asked, the basis and the reasons. */
    String auditSummary() {
        StringBuilder summary = new StringBuilder()
                .append("purpose=").append(purpose)
                .append("; recipient=").append(recipientAgency).append(" (").append(recipientAgencyType).append(')')
                .append("; categories=").append(String.join(",", dataCategories));
        if (consentId != null) {
            summary.append("; basis=consent:").append(consentId).append('@').append(consentVersion);
        }
        if (lawfulBasisId != null) {
            summary.append("; basis=lawful-basis:").append(lawfulBasisKind).append(':').append(lawfulBasisId);
        }
        return summary.append("; reasons=").append(String.join(",", Arrays.asList(reasons))).toString();
    }

    LawfulBasisKind lawfulBasisKind() {
        return lawfulBasisKind == null ? null : LawfulBasisKind.of(lawfulBasisKind);
    }
}
