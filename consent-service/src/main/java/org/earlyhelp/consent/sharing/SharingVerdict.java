package org.earlyhelp.consent.sharing;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The answer to a {@link SharingQuestion} and its basis: the consent (and the version of it) or
 * the lawful basis that permits, or, for a deny, the consent that forbids (if one does) and the
 * reasons. Reasons are sorted so equal verdicts are equal whatever order the records came in.
 */
public record SharingVerdict(Outcome outcome, UUID consentId, Integer consentVersion, UUID lawfulBasisId,
        LawfulBasisKind lawfulBasisKind, List<Reason> reasons) {

    public SharingVerdict {
        Objects.requireNonNull(outcome, "outcome");
        reasons = List.copyOf(new TreeSet<>(reasons));
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("A verdict always has a reason");
        }
    }

    static SharingVerdict permittedBy(ConsentTerms consent) {
        return new SharingVerdict(Outcome.PERMIT, consent.consentId(), consent.version(), null, null,
                List.of(Reason.CONSENT_PERMITS));
    }

    static SharingVerdict permittedBy(LawfulBasisTerms basis) {
        return new SharingVerdict(Outcome.PERMIT, null, null, basis.id(), basis.kind(), List.of(Reason.LAWFUL_BASIS));
    }

    static SharingVerdict deniedBy(ConsentTerms consent, Collection<Reason> reasons) {
        return new SharingVerdict(Outcome.DENY, consent.consentId(), consent.version(), null, null, List.copyOf(reasons));
    }

    static SharingVerdict denied(Set<Reason> reasons) {
        return new SharingVerdict(Outcome.DENY, null, null, null, null, List.copyOf(reasons));
    }

    public boolean permits() {
        return outcome == Outcome.PERMIT;
    }
}
