package org.earlyhelp.cases.opening;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.earlyhelp.cases.casefile.Case;
import org.earlyhelp.cases.casefile.CaseEvents;
import org.earlyhelp.cases.casefile.CasePerson;
import org.earlyhelp.cases.casefile.CaseRepository;
import org.earlyhelp.cases.casefile.CaseService;
import org.earlyhelp.cases.casefile.CaseStatus;
import org.earlyhelp.cases.casefile.InvalidField;
import org.earlyhelp.cases.casefile.NewPerson;
import org.earlyhelp.cases.casefile.Opening;
import org.earlyhelp.cases.casepage.CasePages;
import org.earlyhelp.cases.casepage.CaseView;
import org.earlyhelp.cases.plan.Need;
import org.earlyhelp.cases.plan.NeedCategory;
import org.earlyhelp.cases.plan.Plan;
import org.earlyhelp.cases.plan.PlanService;
import org.earlyhelp.platform.access.Reach;
import org.earlyhelp.platform.audit.AuditAction;
import org.earlyhelp.platform.audit.AuditEntry;
import org.earlyhelp.platform.change.Actor;
import org.earlyhelp.platform.change.IllegalTransition;
import org.earlyhelp.platform.identity.Caller;
import org.jboss.logging.Logger;

/** Opening a case: from an accepted referral (once per referral), or by hand by a case lead. */
@ApplicationScoped
public class CaseOpening {

    private static final Logger LOG = Logger.getLogger(CaseOpening.class);

    private final CaseRepository cases;
    private final CaseService service;
    private final PlanService plans;
    private final CasePages pages;
    private final CaseEvents events;
    private final SeenReferrals seen;
    private final PersonVisibility people;

    CaseOpening(CaseRepository cases, CaseService service, PlanService plans, CasePages pages, CaseEvents events, SeenReferrals seen,
            PersonVisibility people) {
        this.plans = plans;
        this.pages = pages;
        this.cases = cases;
        this.service = service;
        this.events = events;
        this.seen = seen;
        this.people = people;
    }

    /**
     * Opens the case of an accepted referral with its lead agency as lead, unless the referral is on a case already. When
     * the hub chose to join a child's open case ({@code joinCaseId}), the referral joins that case instead, provided it
     * is still open and still led by the agency consent-service permitted to receive the referral; otherwise (closed or
     * handed on meanwhile) a case of its own opens, as for any referral, so the referral is never left without one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<Case> fromReferral(SeenReferral referral, UUID joinCaseId, String consumer) {
        Optional<Case> existing = cases.withReferral(referral.referralId());
        if (existing.isPresent()) {
            LOG.infof("Referral %s is already on case %s; not opening another", referral.referralId(), existing.get().reference());
            return Optional.empty();
        }
        if (joinCaseId != null) {
            Optional<Case> joinable = cases.findByIdOptional(joinCaseId).filter(kase -> kase.status() == CaseStatus.OPEN)
                    .filter(kase -> referral.leadAgency().equals(kase.leadAgency()));
            if (joinable.isPresent()) {
                return Optional.of(join(joinable.get(), referral, consumer));
            }
            LOG.infof("Referral %s was to join case %s, which is no longer open or led by %s; opening a case of its own",
                    referral.referralId(), joinCaseId, referral.leadAgency());
        }
        Opening opening = new Opening(referral.area(), referral.leadAgency(), null, Opening.VIA_REFERRAL,
                List.of(referral.referralId()), people(List.of(referral)));
        Case opened = service.open(opening, Actor.system(consumer), AuditEntry.system(consumer));
        plans.of(opened).identify(needs(List.of(referral), List.of()), Need.FROM_REFERRAL);
        return Optional.of(opened);
    }

    /** The referral, the people it names who are not on the case yet, and its concerns join the open case; the lead is told. */
    private Case join(Case kase, SeenReferral referral, String consumer) {
        kase.joinReferral(referral.referralId(), referral.referringAgency(), people(List.of(referral)), Actor.system(consumer),
                Instant.now());
        plans.of(kase).identify(needs(List.of(referral), List.of()), Need.FROM_REFERRAL);
        events.referralJoined(kase, referral.referralId(), referral.referringAgency());
        service.auditedBySystem(consumer, AuditAction.UPDATE, kase);
        try {
            cases.flush();
        } catch (PersistenceException e) {
            // Only the referral's unique key can clash: another delivery put it on a case first.
            throw new IllegalTransition("Referral " + referral.referralId() + " was put on another case meanwhile");
        }
        return kase;
    }

    /**
     * A case lead opens a case: its agency leads. A person named by id must be one the caller may see
     * ({@link PersonVisibility}); otherwise 404 and no case.
     */
    @Transactional
    public CaseView byHand(NewCase body, Caller caller) {
        for (NewPerson person : body.people()) {
            if (person.personId() != null) {
                people.require(caller, person.personId(), AuditAction.CREATE);
            }
        }
        String agency = Reach.of(caller).agency();
        List<SeenReferral> referrals = new ArrayList<>();
        for (int i = 0; i < body.referralIds().size(); i++) {
            UUID id = body.referralIds().get(i);
            SeenReferral referral = seen.find(id).filter(SeenReferral::accepted).filter(r -> r.openableBy(agency))
                    .orElseThrow(fieldProblem("referralIds[" + i + "]", "is not an accepted referral your agency leads or referred"));
            cases.withReferral(id).ifPresent(kase -> {
                throw new IllegalTransition("Referral " + id + " is already on case " + kase.reference());
            });
            if (!referrals.contains(referral)) {
                referrals.add(referral);
            }
        }
        String area = body.area() != null ? body.area() : referrals.stream().map(SeenReferral::area).findFirst()
                .orElseThrow(fieldProblem("area", "is required when no referral is linked"));
        List<Opening.Person> family = new ArrayList<>(people(referrals));
        List<Opening.Person> byHand = body.people().stream().map(NewPerson::toPerson).toList();
        for (Opening.Person person : byHand) {
            if (family.stream().noneMatch(known -> known.personId().equals(person.personId()))) {
                family.add(person);
            }
        }
        if (family.isEmpty()) {
            throw new InvalidField("people", "a case needs at least one family member: link a referral or name the people");
        }
        Opening opening = new Opening(area, caller.agency(), Actor.of(caller), Opening.VIA_HAND,
                referrals.stream().map(SeenReferral::referralId).toList(), family);
        Case opened = service.open(opening, Actor.of(caller), AuditEntry.of(caller));
        Plan plan = plans.of(opened);
        plan.identify(needs(referrals, body.needs()), Need.FROM_ASSESSMENT);
        for (CasePerson person : opened.people()) {
            if (CasePerson.BY_HAND.equals(person.source())) {
                events.personAdded(opened, person);
            }
        }
        return pages.view(opened, plan);
    }

    /** Everyone the referrals name, once each, with what the referral says about them: children first. */
    private static List<Opening.Person> people(List<SeenReferral> referrals) {
        Map<UUID, Opening.Person> people = new LinkedHashMap<>();
        for (SeenReferral referral : referrals) {
            for (SeenReferral.Person person : referral.people()) {
                people.putIfAbsent(person.personId, person.onCase());
            }
        }
        return List.copyOf(people.values());
    }

    /** The headline needs the referrals' concerns name (unknown categories are left out), then any given by hand. */
    private static List<NeedCategory> needs(List<SeenReferral> referrals, List<NeedCategory> given) {
        Set<NeedCategory> needs = new LinkedHashSet<>();
        for (SeenReferral referral : referrals) {
            for (String category : referral.concernCategories()) {
                try {
                    needs.add(NeedCategory.of(category));
                } catch (IllegalArgumentException e) {
                    LOG.infof("Referral %s names concern category '%s', which is not a headline need; left out",
                            referral.referralId(), category);
                }
            }
        }
        needs.addAll(given);
        return List.copyOf(needs);
    }

    private static java.util.function.Supplier<InvalidField> fieldProblem(String field, String message) {
        return () -> new InvalidField(field, message);
    }
}
