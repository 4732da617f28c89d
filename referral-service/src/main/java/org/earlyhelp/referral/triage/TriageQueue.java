package org.earlyhelp.referral.triage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.earlyhelp.platform.access.Condition;
import org.earlyhelp.platform.access.Records;
import org.earlyhelp.platform.identity.Caller;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;
import org.earlyhelp.referral.information.InformationRequests;
import org.earlyhelp.referral.referral.KnownToServices;
import org.earlyhelp.referral.referral.Referral;
import org.earlyhelp.referral.referral.ReferralPerson;
import org.earlyhelp.referral.referral.ReferralStatus;
import org.earlyhelp.referral.referral.ReferralVisibility;

/**
 * The hub's queue: the open referrals a screener may triage (those of its areas), immediate risk first, then by urgency,
 * then oldest first.
 */
@ApplicationScoped
class TriageQueue {

    private static final Condition OPEN = Condition.of("r.status in :open",
            Map.of("open", List.of(ReferralStatus.SUBMITTED, ReferralStatus.IN_TRIAGE, ReferralStatus.AWAITING_INFORMATION)));
    private static final String MOST_PRESSING_FIRST = "case when r.immediateRisk = true and r.returnedToEarlyHelpAt is null then 0 else 1 end, "
            + "case r.urgency when 'IMMEDIATE_RISK' then 0 when 'URGENT' then 1 else 2 end, r.submittedAt, r.id";

    private final Records records;
    private final KnownToServices.Count knownToServices;
    private final InformationRequests informationRequests;

    TriageQueue(Records records, KnownToServices.Count knownToServices, InformationRequests informationRequests) {
        this.records = records;
        this.knownToServices = knownToServices;
        this.informationRequests = informationRequests;
    }

    /** A page of the queue, each item with its known-to-services figures (one query for the page). */
    @Transactional
    Page<QueueItem> waiting(Caller caller, PageRequest page) {
        Instant now = Instant.now();
        Page<Referral> found = records.page(caller, ReferralVisibility.TRIAGE, OPEN, MOST_PRESSING_FIRST, page);
        Map<UUID, KnownToServices> known = knownToServices.of(found.items().stream().map(Referral::id).toList());
        Map<UUID, LocalDate> answersDue = informationRequests.openDueDates(found.items().stream()
                .filter(referral -> referral.status() == ReferralStatus.AWAITING_INFORMATION).map(Referral::id).toList());
        return found.map(referral -> item(referral, now, known.get(referral.id()), answersDue.get(referral.id())));
    }

    private QueueItem item(Referral referral, Instant now, KnownToServices known, LocalDate answerDue) {
        return new QueueItem(referral.id(), referral.queue(), referral.immediateRisk(), referral.urgency(), referral.status(),
                referral.area(), referral.referringAgency(), referral.submittedAt(), referral.decisionDueAt(),
                referral.overdue(now),
                referral.people().stream().filter(ReferralPerson::child).map(ReferralPerson::displayName).toList(), known,
                answerDue, answerDue != null && informationRequests.overdue(answerDue, now),
                referral.returnedToEarlyHelpAt() == null ? null : new QueueItem.ReturnedToEarlyHelp(
                        Referral.RETURNED_TO_EARLY_HELP, referral.returnedToEarlyHelpAt(), referral.frontDoorNote()));
    }
}
