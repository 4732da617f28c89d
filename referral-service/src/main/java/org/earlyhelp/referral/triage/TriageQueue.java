package org.earlyhelp.referral.triage;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.earlyhelp.platform.audit.AuditAction;
import org.earlyhelp.platform.audit.AuditEntry;
import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.identity.Caller;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;
import org.earlyhelp.referral.referral.Referral;
import org.earlyhelp.referral.referral.ReferralPerson;
import org.earlyhelp.referral.referral.ReferralRepository;
import org.earlyhelp.referral.referral.ReferralService;

/** The hub's queue: open referrals of the screener's areas, immediate risk first, then by urgency, then oldest first. */
@ApplicationScoped
class TriageQueue {

    private final ReferralRepository referrals;
    private final AuditTrail audit;

    TriageQueue(ReferralRepository referrals, AuditTrail audit) {
        this.referrals = referrals;
        this.audit = audit;
    }

    @Transactional
    Page<QueueItem> waiting(Caller caller, PageRequest page) {
        Instant now = Instant.now();
        List<Referral> open = referrals.openForHub(caller, page);
        audit.record(AuditEntry.of(caller).action(AuditAction.LIST).resource(ReferralService.RESOURCE)
                .people(open.stream().flatMap(referral -> referral.personIds().stream()).toList()).purpose("triage").build());
        return new Page<>(open.stream().map(referral -> item(referral, now)).toList(), page.page(), page.size(),
                referrals.countOpenForHub(caller));
    }

    private static QueueItem item(Referral referral, Instant now) {
        return new QueueItem(referral.id(), referral.queue(), referral.immediateRisk(), referral.urgency(), referral.status(),
                referral.area(), referral.referringAgency(), referral.submittedAt(), referral.decisionDueAt(),
                referral.overdue(now),
                referral.people().stream().filter(ReferralPerson::child).map(ReferralPerson::displayName).toList());
    }
}
