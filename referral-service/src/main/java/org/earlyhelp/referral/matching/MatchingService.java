package org.earlyhelp.referral.matching;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;

import org.earlyhelp.platform.access.Records;
import org.earlyhelp.platform.audit.AuditAction;
import org.earlyhelp.platform.audit.AuditEntry;
import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.crypto.PersonalData;
import org.earlyhelp.platform.identity.Caller;
import org.earlyhelp.platform.change.Actor;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;
import org.earlyhelp.referral.referral.IdentitiesCorrected;
import org.earlyhelp.referral.referral.Referral;
import org.earlyhelp.referral.referral.ReferralEvents;
import org.earlyhelp.referral.referral.ReferralPerson;
import org.earlyhelp.referral.referral.ReferralService;
import org.earlyhelp.referral.restriction.Restrictions;
import org.earlyhelp.referral.referral.ReferralSubmitted;

/** "Known to services": finds earlier appearances of each person on submission; triage confirms or rejects them. */
@ApplicationScoped
class MatchingService {

    private final EntityManager entities;
    private final DataSource dataSource;
    private final MatchingConfig config;
    private final ReferralService referrals;
    private final ReferralEvents events;
    private final AuditTrail audit;
    private final Event<PersonLinked> linked;
    private final Event<MatchRejected> rejected;
    private final Event<PersonUnlinked> unlinked;
    private final PersonalData personalData;
    private final Records records;
    private final Restrictions restrictions;

    MatchingService(EntityManager entities, DataSource dataSource, MatchingConfig config, ReferralService referrals,
            ReferralEvents events, AuditTrail audit, Event<PersonLinked> linked, Event<MatchRejected> rejected,
            Event<PersonUnlinked> unlinked, Records records, PersonalData personalData, Restrictions restrictions) {
        this.restrictions = restrictions;
        this.entities = entities;
        this.personalData = personalData;
        this.dataSource = dataSource;
        this.config = config;
        this.referrals = referrals;
        this.events = events;
        this.audit = audit;
        this.linked = linked;
        this.rejected = rejected;
        this.unlinked = unlinked;
        this.records = records;
    }

    /** Stores the matches worth showing for the new referral's people (indexed by {@link NameKeysIndex}), in the submitting transaction. */
    void onSubmitted(@Observes ReferralSubmitted submitted) {
        Instant now = Instant.now();
        Referral referral = submitted.referral();
        for (ReferralPerson person : referral.people()) {
            for (Map.Entry<UUID, Scored> best : best(person, referral.id()).entrySet()) {
                entities.persist(new PersonMatch(person, best.getValue().candidate(), best.getValue().score(), now));
            }
        }
    }

    /**
     * The referrer (decision 0063) or a data protection officer (decision 0062) corrected who someone on the referral is:
     * search again with the corrected details, already indexed, and offer the candidates not offered for that person
     * before. Earlier suggestions stay for the hub to confirm or reject; nothing decided is undone. Where the person is
     * another referral's candidate, that match shows the corrected name.
     */
    void onIdentitiesCorrected(@Observes IdentitiesCorrected corrected) {
        Instant now = Instant.now();
        for (ReferralPerson person : corrected.people()) {
            Set<UUID> offered = Set.copyOf(entities.createQuery(
                    "select m.candidatePersonId from PersonMatch m where m.person = :person", UUID.class)
                    .setParameter("person", person).getResultList());
            for (Map.Entry<UUID, Scored> best : best(person, corrected.referral().id()).entrySet()) {
                if (!offered.contains(best.getKey())) {
                    entities.persist(new PersonMatch(person, best.getValue().candidate(), best.getValue().score(), now));
                }
            }
            entities.createQuery("from PersonMatch m where m.candidatePersonId = :person", PersonMatch.class)
                    .setParameter("person", person.personId()).getResultStream()
                    .forEach(match -> match.candidateName = PersonMatch.nameOf(person.firstName(), person.lastName()));
        }
    }

    /**
     * A page of the matches on a referral the hub screener triages (404 otherwise): by person on the referral (in the
     * referral's order), then best score first, then id; cut and counted in the database.
     */
    @Transactional
    Page<MatchView> matches(UUID referralId, Caller caller, PageRequest page) {
        Referral referral = referrals.triageable(referralId, caller, AuditAction.READ);
        List<PersonMatch> found = entities.createQuery(
                "from PersonMatch m join fetch m.person where m.referralId = :referral order by m.person.position, m.score desc, m.id",
                PersonMatch.class).setParameter("referral", referralId).setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList();
        long total = entities.createQuery("select count(m) from PersonMatch m where m.referralId = :referral", Long.class)
                .setParameter("referral", referralId).getSingleResult();
        audit.record(AuditEntry.of(caller).action(AuditAction.READ).resource(PersonMatchVisibility.RESOURCE, referralId)
                .people(referral.personIds()).people(found.stream().map(match -> match.candidatePersonId).toList())
                .purpose("known-to-services").build());
        return new Page<>(found.stream().map(MatchView::of).toList(), page.page(), page.size(), total);
    }

    /** The person on the referral is the one known before: relink them to the existing person id. */
    @Transactional
    MatchView confirm(UUID referralId, UUID matchId, Caller caller) {
        PersonMatch match = match(referralId, matchId, caller);
        Instant now = Instant.now();
        match.confirm(caller.username(), now);
        Referral referral = match.person.referral();
        UUID minted = match.person.personId();
        referral.linkPerson(match.person, match.candidatePersonId, Actor.of(caller), now);
        events.personLinked(referral, minted, match.candidatePersonId);
        audited(caller, match, "confirm-match");
        linked.fire(new PersonLinked(referral, match.id, minted, match.candidatePersonId));
        return MatchView.of(match);
    }

    /**
     * Undoes a confirmed match (decision 0054): the referral's person takes back the id they had before, the reason goes
     * in the referral's history, and {@code referral.person-unlinked} is published. 422 without a reason, 409 unless
     * the match is confirmed and is the link the person holds now.
     */
    @Transactional
    MatchView unlink(UUID referralId, UUID matchId, UnlinkReason reason, Caller caller) {
        PersonMatch match = match(referralId, matchId, caller);
        if (reason == null || !reason.given()) {
            throw new ClientErrorException("A reason is required to unlink a match: say why they are not the same person", 422);
        }
        Instant now = Instant.now();
        UUID known = match.candidatePersonId;
        match.unlink(caller.username(), reason.reason(), now);
        UUID restored = match.restoredPersonId();
        Referral referral = match.person.referral();
        referral.unlinkPerson(match.person, restored, reason.reason(), Actor.of(caller), now);
        events.personUnlinked(referral, restored, known);
        audit.record(AuditEntry.of(caller).action("unlink-match").resource(PersonMatchVisibility.RESOURCE, match.id)
                .people(restored, known).purpose("known-to-services").build());
        unlinked.fire(new PersonUnlinked(referral, match.id, restored, known));
        return MatchView.of(match);
    }

    @Transactional
    MatchView reject(UUID referralId, UUID matchId, Caller caller) {
        PersonMatch match = match(referralId, matchId, caller);
        match.reject(caller.username(), Instant.now());
        audited(caller, match, "reject-match");
        rejected.fire(new MatchRejected(match.id, match.referralId));
        return MatchView.of(match);
    }

    /** A match the caller may decide (the hub of its referral's area), and one of {@code referralId}'s. */
    private PersonMatch match(UUID referralId, UUID matchId, Caller caller) {
        PersonMatch match = records.find(caller, PersonMatchVisibility.HUB_OF_THE_AREA, matchId, AuditAction.UPDATE);
        if (!match.referralId.equals(referralId)) {
            throw new NotFoundException("No match " + matchId + " on referral " + referralId);
        }
        restrictions.refuseIfRestricted(List.of(match.person.personId(), match.candidatePersonId));
        return match;
    }

    private void audited(Caller caller, PersonMatch match, String action) {
        audit.record(AuditEntry.of(caller).action(action).resource(PersonMatchVisibility.RESOURCE, match.id)
                .people(match.person.personId(), match.candidatePersonId).purpose("known-to-services").build());
    }

    private record Scored(Candidate candidate, MatchScore score) {
    }

    /** The best-scoring appearance of each candidate person above the threshold, best first. */
    private Map<UUID, Scored> best(ReferralPerson person, UUID referralId) {
        Sought sought = new Sought(person.firstName(), person.lastName(), person.birthDate(), person.postcodeKey());
        List<Candidate> candidates;
        try (Connection connection = dataSource.getConnection()) {
            candidates = CandidateSearch.search(connection, sought, referralId, config.candidates()).stream()
                    .map(candidate -> candidate.named(personalData::open)).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("Known-to-services search failed", e);
        }
        Map<UUID, Scored> best = new LinkedHashMap<>();
        candidates.stream()
                .map(candidate -> new Scored(candidate, MatchScore.of(sought, candidate)))
                .filter(scored -> scored.score().score() >= config.threshold())
                .filter(scored -> !scored.candidate().personId().equals(person.personId()))
                .sorted(Comparator.comparingDouble((Scored scored) -> scored.score().score()).reversed())
                .forEach(scored -> best.putIfAbsent(scored.candidate().personId(), scored));
        return best.entrySet().stream().limit(config.shown())
                .collect(LinkedHashMap::new, (map, entry) -> map.put(entry.getKey(), entry.getValue()), Map::putAll);
    }
}
