package org.earlyhelp.referral.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.earlyhelp.platform.access.Condition;
import org.earlyhelp.platform.access.Reach;
import org.earlyhelp.platform.access.Records;
import org.earlyhelp.platform.audit.AuditAction;
import org.earlyhelp.platform.audit.AuditEntry;
import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.events.EventDraft;
import org.earlyhelp.platform.events.Outbox;
import org.earlyhelp.platform.identity.Caller;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;
import org.earlyhelp.referral.contract.ReferralFeed;
import org.earlyhelp.referral.matching.PersonLinked;
import org.earlyhelp.referral.referral.Referral;
import org.earlyhelp.referral.referral.ReferralPerson;
import org.earlyhelp.referral.referral.ReferralRepository;
import org.earlyhelp.referral.referral.ReferralSubmitted;

/**
 * Raises an alert for the hub when the same person (child, or household member, which links a
 * household) appears on N referrals from M distinct agencies within D days. Checked whenever a
 * person's referrals change: a submission, or a confirmed match that joins two histories.
 */
@ApplicationScoped
class CumulativeConcern {

    static final String RESOURCE = "concern-alert";

    private final EntityManager entities;
    private final ReferralRepository referrals;
    private final AlertConfig config;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Records records;

    CumulativeConcern(EntityManager entities, ReferralRepository referrals, AlertConfig config, Outbox outbox, AuditTrail audit,
            Records records) {
        this.entities = entities;
        this.referrals = referrals;
        this.config = config;
        this.outbox = outbox;
        this.audit = audit;
        this.records = records;
    }

    void onSubmitted(@Observes ReferralSubmitted submitted) {
        check(submitted.referral(), submitted.referral().people());
    }

    void onLinked(@Observes PersonLinked linked) {
        check(linked.referral(), linked.referral().people().stream().filter(person -> person.personId().equals(linked.personId()))
                .toList());
    }

    /** One query for all the people, then each person's count of referrals and agencies in the window. */
    private void check(Referral latest, List<ReferralPerson> people) {
        Instant now = Instant.now();
        Map<UUID, List<ReferralRepository.Naming>> byPerson = referrals.namings(
                people.stream().map(ReferralPerson::personId).collect(Collectors.toSet()),
                now.minus(Duration.ofDays(config.windowDays())))
                .stream().collect(Collectors.groupingBy(ReferralRepository.Naming::personId));
        for (ReferralPerson person : people) {
            check(person.personId(), person.displayName(), latest, byPerson.getOrDefault(person.personId(), List.of()), now);
        }
    }

    private void check(UUID personId, String name, Referral latest, List<ReferralRepository.Naming> recent, Instant now) {
        List<String> agencies = recent.stream().map(ReferralRepository.Naming::referringAgency).distinct().sorted().toList();
        if (recent.size() < config.referrals() || agencies.size() < config.agencies()) {
            return;
        }
        Set<UUID> ids = recent.stream().map(ReferralRepository.Naming::referralId).collect(Collectors.toSet());
        Optional<ConcernAlert> open = entities.createQuery("from ConcernAlert a where a.personId = :person and a.status = :open",
                ConcernAlert.class).setParameter("person", personId).setParameter("open", ConcernAlert.Status.OPEN)
                .getResultStream().findFirst();
        ConcernAlert alert;
        if (open.isPresent()) {
            alert = open.get();
            if (!alert.add(ids, now)) {
                return;
            }
        } else {
            alert = new ConcernAlert(personId, name, latest.area(), ids, now);
            entities.persist(alert);
        }
        outbox.record(EventDraft.of(ReferralFeed.ConcernAlert.TYPE, alert.id.toString(),
                new ReferralFeed.ConcernAlert(alert.id, personId, alert.area, List.copyOf(alert.referralIds), agencies),
                Reach.areaKey(alert.area)));
    }

    @Transactional
    Page<ConcernAlertView> list(Caller caller, String status, PageRequest page) {
        Condition withStatus = status == null ? null
                : Condition.of("r.status = :status", Map.of("status", ConcernAlert.Status.valueOf(status.toUpperCase())));
        return records.page(caller, ConcernAlertVisibility.HUB_OF_THE_AREA, withStatus, "r.raisedAt desc, r.id", page)
                .map(this::view);
    }

    @Transactional
    ConcernAlertView acknowledge(UUID id, Acknowledgement acknowledgement, Caller caller) {
        ConcernAlert alert = records.find(caller, ConcernAlertVisibility.HUB_OF_THE_AREA, id, AuditAction.UPDATE);
        alert.acknowledge(caller.username(), acknowledgement == null ? null : acknowledgement.note(), Instant.now());
        audit.record(AuditEntry.of(caller).action(AuditAction.UPDATE).resource(RESOURCE, id).person(alert.personId)
                .purpose("cumulative-concern").build());
        return view(alert);
    }

    private ConcernAlertView view(ConcernAlert alert) {
        List<Referral> linked = alert.referralIds.stream().map(referrals::find).flatMap(Optional::stream)
                .sorted(Comparator.comparing(Referral::submittedAt)).toList();
        return new ConcernAlertView(alert.id, alert.personId, alert.personName, alert.area, alert.status.name().toLowerCase(),
                alert.raisedAt, linked.size(), linked.stream().map(Referral::referringAgency).distinct().toList(),
                linked.stream().map(r -> new ConcernAlertView.LinkedReferral(r.id(), r.referringAgency(), r.submittedAt())).toList(),
                alert.acknowledgedBy, alert.acknowledgedAt, alert.note);
    }

}
