package org.earlyhelp.cases.team;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The consent-service decision a team member's access to one family member rests on: the decision
 * id, and the consent or lawful basis that permitted it. No decision id: the agency was already
 * taking part (the lead, or a member before a transfer), so no new share was asked for.
 */
@Embeddable
public class SharingBasis {

    @Column(name = "person_id")
    UUID personId;
    @Column(name = "decision_id")
    UUID decisionId;
    @Column(name = "consent_id")
    UUID consentId;
    @Column(name = "lawful_basis_id")
    UUID lawfulBasisId;

    protected SharingBasis() {
    }

    public SharingBasis(UUID personId, UUID decisionId, UUID consentId, UUID lawfulBasisId) {
        this.personId = personId;
        this.decisionId = decisionId;
        this.consentId = consentId;
        this.lawfulBasisId = lawfulBasisId;
    }

    public UUID personId() { return personId; }
    public UUID decisionId() { return decisionId; }
    public UUID consentId() { return consentId; }
    public UUID lawfulBasisId() { return lawfulBasisId; }
}
