package org.earlyhelp.referral.dataprotection;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.earlyhelp.platform.dataprotection.ErasableRecord;
import org.earlyhelp.platform.dataprotection.Erasure;
import org.earlyhelp.referral.familycase.FamilyCases;

/**
 * case-service erased a case ({@code record.erased}, record type {@code early-help-case}): the referrals accepted into
 * it go with it, each with its tombstone, audit entry and {@code record.erased} here, and so does what this service
 * projected from the case's events.
 */
@ApplicationScoped
public class CaseErasure {

    /** case-service's record type of a case. */
    public static final String CASE = "early-help-case";

    private final Erasure erasure;
    private final ReferralAcceptedIntoCase accepted;
    private final FamilyCases cases;

    CaseErasure(Erasure erasure, ReferralAcceptedIntoCase accepted, FamilyCases cases) {
        this.erasure = erasure;
        this.accepted = accepted;
        this.cases = cases;
    }

    /** In the feed consumer's transaction; {@code cause} as case-service gave it, {@code actor} the consumer. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void caseErased(UUID caseId, String cause, String actor) {
        for (ErasableRecord referral : accepted.accepted(cases.referralsOf(caseId))) {
            erasure.erase(referral, cause, "case " + caseId + " was erased by case-service", actor);
        }
        cases.erased(caseId);
    }
}
