package org.earlyhelp.consent.sharing;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a share may happen, from the person's consent records and recorded lawful
 * bases, at a given moment. Plain Java on purpose: the rules that protect families are read and
 * tested without a framework in the way.
 *
 * <ol>
 * <li>A person whose processing the data protection officer has <b>restricted</b> (UK GDPR Art. 18) is shared about
 * by nothing: not a lawful basis, not a consent (decision 0062).</li>
 * <li>A <b>lawful basis</b> in force whose scope covers the whole share permits it. It comes first
 * because it exists for sharing without consent, and against a refusal (Information sharing
 * advice 2024: consent is not needed, and need not be sought, where a lawful basis applies).</li>
 * <li>Otherwise <b>deny wins</b>: a refused consent, or a deny provision of an active consent,
 * that touches any part of the share (purpose and recipient match, any category in common)
 * forbids it, even if another consent permits it.</li>
 * <li>Otherwise an <b>active consent in force</b> permits when its permit provisions for the
 * purpose and recipient cover every category asked for. Withdrawn, expired (including a period
 * that has ended but not been marked yet) and not-yet-started consents never permit.</li>
 * <li>Anything else is denied, with every reason found.</li>
 * </ol>
 * Consents and lawful bases are considered in the order given; the first that settles the
 * question is the basis named, so callers pass the most recent first.
 */
public final class SharingRules {

    private SharingRules() {
    }

    public static SharingVerdict decide(SharingQuestion question, List<ConsentTerms> consents,
            List<LawfulBasisTerms> lawfulBases, Instant at) {
        return decide(question, consents, lawfulBases, false, at);
    }

    /** As above, for a person whose processing is {@code restricted} or not. */
    public static SharingVerdict decide(SharingQuestion question, List<ConsentTerms> consents,
            List<LawfulBasisTerms> lawfulBases, boolean restricted, Instant at) {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(at, "at");
        if (restricted) {
            return SharingVerdict.denied(EnumSet.of(Reason.PROCESSING_RESTRICTED));
        }

        Optional<LawfulBasisTerms> basis = lawfulBases.stream()
                .filter(each -> each.period().contains(at) && each.scope().covers(question))
                .findFirst();
        if (basis.isPresent()) {
            return SharingVerdict.permittedBy(basis.get());
        }

        for (ConsentTerms consent : consents) {
            Optional<Reason> forbids = forbids(consent, question, at);
            if (forbids.isPresent()) {
                return SharingVerdict.deniedBy(consent, List.of(forbids.get()));
            }
        }

        Set<Reason> reasons = EnumSet.noneOf(Reason.class);
        for (ConsentTerms consent : consents) {
            Optional<Reason> missing = whyNotPermitted(consent, question, at);
            if (missing.isEmpty()) {
                return SharingVerdict.permittedBy(consent);
            }
            missing.ifPresent(reasons::add);
        }
        if (consents.isEmpty()) {
            reasons.add(Reason.NO_CONSENT);
        }
        if (lawfulBases.stream().anyMatch(each -> each.period().hasEndedAt(at) && each.scope().covers(question))) {
            reasons.add(Reason.LAWFUL_BASIS_EXPIRED);
        }
        if (reasons.isEmpty()) {
            // Only refusals that do not touch this share, or none in force: nothing permits it.
            reasons.add(Reason.NO_CONSENT);
        }
        return SharingVerdict.denied(reasons);
    }

    /** Whether this consent forbids (part of) the share now, and how. */
    private static Optional<Reason> forbids(ConsentTerms consent, SharingQuestion question, Instant at) {
        ConsentStatus status = consent.statusAt(at);
        if (status.isFinal() || !consent.period().contains(at)) {
            return Optional.empty();
        }
        for (Provision provision : consent.provisions()) {
            if (!provision.appliesAt(at) || !provision.scope().touches(question)) {
                continue;
            }
            // A refusal forbids everything it describes, whatever its provisions were written as.
            if (status == ConsentStatus.REFUSED) {
                return Optional.of(Reason.CONSENT_REFUSED);
            }
            if (provision.type() == ProvisionType.DENY) {
                return Optional.of(Reason.CONSENT_DENIES);
            }
        }
        return Optional.empty();
    }

    /** Empty if this consent permits the share now; otherwise the first thing that stops it, if it is relevant at all. */
    private static Optional<Reason> whyNotPermitted(ConsentTerms consent, SharingQuestion question, Instant at) {
        switch (consent.statusAt(at)) {
            case WITHDRAWN:
                return Optional.of(Reason.CONSENT_WITHDRAWN);
            case EXPIRED:
                return Optional.of(Reason.CONSENT_EXPIRED);
            case REFUSED:
                // A refusal that does not touch this share says nothing about it.
                return Optional.of(Reason.NO_CONSENT);
            case ACTIVE:
            default:
                break;
        }
        if (consent.period().hasNotStartedAt(at)) {
            return Optional.of(Reason.CONSENT_NOT_YET_IN_FORCE);
        }
        List<Scope> permits = consent.provisions().stream()
                .filter(provision -> provision.type() == ProvisionType.PERMIT && provision.appliesAt(at))
                .map(Provision::scope)
                .filter(scope -> scope.coversPurpose(question.purpose()))
                .toList();
        if (permits.isEmpty()) {
            return Optional.of(Reason.PURPOSE_NOT_COVERED);
        }
        List<Scope> forRecipient = permits.stream().filter(scope -> scope.coversRecipient(question.recipient())).toList();
        if (forRecipient.isEmpty()) {
            return Optional.of(Reason.RECIPIENT_NOT_COVERED);
        }
        Set<DataCategory> covered = EnumSet.noneOf(DataCategory.class);
        for (Scope scope : forRecipient) {
            if (scope.categories().isEmpty()) {
                return Optional.empty();
            }
            covered.addAll(scope.categories());
        }
        return covered.containsAll(question.categories()) ? Optional.empty() : Optional.of(Reason.CATEGORIES_NOT_COVERED);
    }
}
