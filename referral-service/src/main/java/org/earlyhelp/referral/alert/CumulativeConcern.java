package org.earlyhelp.referral.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
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
import org.earlyhelp.referral.matching.CandidateLinks;
import org.earlyhelp.referral.matching.CandidateLinks.CandidateLink;
import org.earlyhelp.referral.matching.MatchRejected;
import org.earlyhelp.referral.matching.PersonLinked;
import org.earlyhelp.referral.matching.PersonUnlinked;
import org.earlyhelp.referral.referral.Referral;
import org.earlyhelp.referral.referral.IdentitiesCorrected;
import org.earlyhelp.referral.referral.ReferralErased;
import org.earlyhelp.referral.referral.ReferralPerson;
import org.earlyhelp.referral.referral.ReferralRepository;
import org.earlyhelp.referral.referral.ReferralRepository.Naming;
import org.earlyhelp.referral.referral.ReferralSubmitted;

/**
 * Raises an alert for the hub when the same person (child, or household member, which links a household) appears on N
 * referrals from M distinct agencies within D days. "The same person" is one person id, or person ids joined by strong
 * matches the hub has not decided yet (decision 0054): such an alert is {@code unconfirmed} and lists those links. Checked
 * whenever a person's referrals or links change: a submission, a corrected identity matched again, a confirmed, rejected
 * or undone match; each change of an alert is an event.
 */
@ApplicationScoped
class CumulativeConcern {

    static final String RESOURCE = "concern-alert";
    /** How far strong pending matches are followed from a person: a chain longer than this is not one child. */
    static final int HOPS = 2;

    private final EntityManager entities;
    private final ReferralRepository referrals;
    private final CandidateLinks candidateLinks;
    private final AlertConfig config;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Records records;

    CumulativeConcern(EntityManager entities, ReferralRepository referrals, CandidateLinks candidateLinks, AlertConfig config,
            Outbox outbox, AuditTrail audit, Records records) {
        this.entities = entities;
        this.referrals = referrals;
        this.candidateLinks = candidateLinks;
        this.config = config;
        this.outbox = outbox;
        this.audit = audit;
        this.records = records;
    }

    /** After matching has stored the new referral's matches (observers without a priority run at APPLICATION + 500). */
    void onSubmitted(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) ReferralSubmitted submitted) {
        Instant now = Instant.now();
        for (ReferralPerson person : submitted.referral().people()) {
            raiseOrGrow(person.personId(), submitted.referral().area(), now);
        }
    }

    /**
     * The referrer or a data protection officer corrected who someone on the referral is, and matching has offered the new
     * candidates (decisions 0063, 0062): an alert about them shows the corrected name, and the person may now meet the rule
     * through the new candidates, as if the referral had come in with the right details.
     */
    void onIdentitiesCorrected(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) IdentitiesCorrected corrected) {
        Instant now = Instant.now();
        for (ReferralPerson person : corrected.people()) {
            entities.createQuery("from ConcernAlert a where a.personId = :person", ConcernAlert.class)
                    .setParameter("person", person.personId()).getResultStream()
                    .forEach(alert -> alert.personName = person.displayName());
            raiseOrGrow(person.personId(), corrected.referral().area(), now);
        }
    }

    /** A confirmed match: the alerts resting on it become confirmed (or grow), and the joined person may now meet the rule. */
    void onLinked(@Observes PersonLinked linked) {
        Instant now = Instant.now();
        // An alert kept under the minted id follows the person to the known id, unless that one has an open alert already.
        entities.createQuery("""
                update ConcernAlert a set a.personId = :known
                where a.personId = :minted and a.status <> :withdrawn
                  and (a.status <> :open or not exists (from ConcernAlert b where b.personId = :known and b.status = :open))""")
                .setParameter("known", linked.personId()).setParameter("minted", linked.mintedPersonId())
                .setParameter("withdrawn", ConcernAlert.Status.WITHDRAWN).setParameter("open", ConcernAlert.Status.OPEN)
                .executeUpdate();
        recompute(linked.matchId(), linked.referral().id(), "match " + linked.matchId() + " was confirmed", now);
        raiseOrGrow(linked.personId(), linked.referral().area(), now);
    }

    void onRejected(@Observes MatchRejected rejected) {
        recompute(rejected.matchId(), rejected.referralId(), "match " + rejected.matchId() + " was rejected", Instant.now());
    }

    /** An undone match: the alerts counting the referral shrink or are withdrawn; the person given back may meet the rule alone. */
    void onUnlinked(@Observes PersonUnlinked unlinked) {
        Instant now = Instant.now();
        recompute(unlinked.matchId(), unlinked.referral().id(), "match " + unlinked.matchId() + " was unlinked", now);
        raiseOrGrow(unlinked.restoredPersonId(), unlinked.referral().area(), now);
    }

    /**
     * A referral was erased (decision 0062), with its matches and its rows in the alerts: an alert resting on nothing
     * else goes too, with its events; one resting on other referrals is counted again as after an unlink, and named
     * from a referral that is left.
     */
    void onErased(@Observes ReferralErased erased) {
        Instant now = Instant.now();
        for (UUID id : erased.alertIds()) {
            ConcernAlert alert = entities.find(ConcernAlert.class, id);
            if (alert == null) {
                continue;
            }
            if (alert.referralIds.isEmpty()) {
                entities.remove(alert);
                entities.createNativeQuery("delete from outbox where subject = ?1").setParameter(1, id.toString()).executeUpdate();
                continue;
            }
            alert.personName = alert.referralIds.stream().map(referral -> nameOf(alert.personId, referral))
                    .filter(name -> !name.isEmpty()).findFirst().orElse("");
            if (alert.standing()) {
                Basis basis = basis(alert.personId, now);
                if (basis.meets(config)) {
                    alert.restOn(basis.referralIds(), basis.links(), now);
                } else {
                    alert.withdraw("referral " + erased.referralId() + " was erased: the alert no longer rests on "
                            + config.referrals() + " referrals from " + config.agencies() + " agencies", now);
                }
            }
            published(alert);
        }
    }

    /** The people taken as one with {@code start}, the referrals naming them in the window, and the links that join them. */
    private record Basis(Set<UUID> referralIds, List<String> agencies, List<ConcernAlert.Link> links, Set<UUID> people,
            UUID firstPersonId, UUID firstReferralId) {

        boolean meets(AlertConfig config) {
            return referralIds.size() >= config.referrals() && agencies.size() >= config.agencies();
        }
    }

    private Basis basis(UUID start, Instant now) {
        Set<UUID> people = new LinkedHashSet<>(List.of(start));
        Map<UUID, CandidateLink> links = new LinkedHashMap<>();
        Set<UUID> frontier = Set.of(start);
        for (int hop = 0; hop < HOPS && !frontier.isEmpty(); hop++) {
            Set<UUID> next = new LinkedHashSet<>();
            for (CandidateLink link : candidateLinks.touching(frontier)) {
                if (link.personId().equals(link.candidatePersonId())) {
                    continue;
                }
                links.putIfAbsent(link.matchId(), link);
                for (UUID person : List.of(link.personId(), link.candidatePersonId())) {
                    if (people.add(person)) {
                        next.add(person);
                    }
                }
            }
            frontier = next;
        }
        List<Naming> namings = referrals.namings(people, now.minus(Duration.ofDays(config.windowDays())));
        Map<UUID, List<UUID>> referralsOf = namings.stream().collect(Collectors.groupingBy(Naming::personId, LinkedHashMap::new,
                Collectors.mapping(Naming::referralId, Collectors.toList())));
        // A link the alert rests on joins two people who each have a referral in the window; one to a person with none
        // (an id since linked to another by a confirmation) adds nothing.
        List<ConcernAlert.Link> resting = links.values().stream()
                .filter(link -> referralsOf.containsKey(link.personId()) && referralsOf.containsKey(link.candidatePersonId()))
                .map(link -> ConcernAlert.Link.of(link.matchId(), link.referralId(),
                        referralsOf.get(link.candidatePersonId()).stream().distinct().sorted().toList(), link.score()))
                .toList();
        Optional<Naming> first = namings.stream().min(Comparator.comparing(Naming::submittedAt).thenComparing(Naming::referralId));
        return new Basis(namings.stream().map(Naming::referralId).collect(Collectors.toCollection(LinkedHashSet::new)),
                namings.stream().map(Naming::referringAgency).distinct().sorted().toList(), resting, people,
                first.map(Naming::personId).orElse(start), first.map(Naming::referralId).orElse(null));
    }

    /**
     * Raises an alert for {@code start} and whoever strong pending matches join them to, or grows the standing one. An
     * acknowledged alert takes changed links but no new referrals: new referrals after an acknowledgement raise a new alert.
     */
    private void raiseOrGrow(UUID start, String area, Instant now) {
        Basis basis = basis(start, now);
        if (!basis.meets(config)) {
            return;
        }
        List<ConcernAlert> standing = entities.createQuery("""
                from ConcernAlert a where a.personId in :people and a.status <> :withdrawn order by a.raisedAt desc, a.id""",
                ConcernAlert.class).setParameter("people", basis.people()).setParameter("withdrawn", ConcernAlert.Status.WITHDRAWN)
                .getResultList();
        Optional<ConcernAlert> alert = standing.stream().filter(a -> a.status == ConcernAlert.Status.OPEN).findFirst()
                .or(() -> standing.stream().filter(a -> a.referralIds.containsAll(basis.referralIds())).findFirst());
        if (alert.isPresent()) {
            if (alert.get().restOn(basis.referralIds(), basis.links(), now)) {
                published(alert.get());
            }
            return;
        }
        ConcernAlert raised = new ConcernAlert(basis.firstPersonId(), nameOf(basis.firstPersonId(), basis.firstReferralId()), area,
                now);
        raised.restOn(basis.referralIds(), basis.links(), now);
        entities.persist(raised);
        published(raised);
    }

    /** The standing alerts resting on match {@code matchId} or counting referral {@code referralId}, counted again. */
    private void recompute(UUID matchId, UUID referralId, String why, Instant now) {
        List<ConcernAlert> affected = entities.createQuery("""
                select distinct a from ConcernAlert a left join a.links l
                where a.status <> :withdrawn and (l.matchId = :match or :referral member of a.referralIds)""", ConcernAlert.class)
                .setParameter("withdrawn", ConcernAlert.Status.WITHDRAWN).setParameter("match", matchId)
                .setParameter("referral", referralId).getResultList();
        for (ConcernAlert alert : affected) {
            Basis basis = basis(alert.personId, now);
            boolean changed;
            if (basis.meets(config)) {
                changed = alert.restOn(basis.referralIds(), basis.links(), now);
            } else {
                alert.withdraw(why + ": the alert no longer rests on " + config.referrals() + " referrals from " + config.agencies()
                        + " agencies", now);
                changed = true;
            }
            if (changed) {
                published(alert);
            }
        }
    }

    private String nameOf(UUID personId, UUID referralId) {
        return Optional.ofNullable(referralId).flatMap(referrals::find).stream().flatMap(referral -> referral.people().stream())
                .filter(person -> person.personId().equals(personId)).map(ReferralPerson::displayName).findFirst().orElse("");
    }

    private void published(ConcernAlert alert) {
        List<String> agencies = alert.referralIds.stream().map(referrals::find).flatMap(Optional::stream)
                .map(Referral::referringAgency).distinct().sorted().toList();
        outbox.record(EventDraft.of(ReferralFeed.ConcernAlert.TYPE, alert.id.toString(),
                new ReferralFeed.ConcernAlert(alert.id, alert.personId, alert.area, List.copyOf(alert.referralIds), agencies,
                        alert.status.name().toLowerCase(), alert.unconfirmed, alert.links.stream()
                                .map(link -> new ReferralFeed.CandidateLink(link.matchId(), link.referralId(),
                                        link.candidateReferrals(), link.score()))
                                .toList()),
                Reach.areaKey(alert.area)));
    }

    @Transactional
    Page<ConcernAlertView> list(Caller caller, String status, PageRequest page) {
        Condition withStatus = status == null
                ? Condition.of("r.status <> :status", Map.of("status", ConcernAlert.Status.WITHDRAWN))
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
                alert.unconfirmed, alert.links.stream()
                        .map(link -> new ConcernAlertView.CandidateLink(link.matchId(), link.referralId(), link.candidateReferrals(),
                                link.score()))
                        .toList(),
                alert.acknowledgedBy, alert.acknowledgedAt, alert.note, alert.withdrawnAt, alert.withdrawnReason);
    }

}
