package org.earlyhelp.referral.onward;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.WebApplicationException;

import org.earlyhelp.platform.access.Reach;
import org.earlyhelp.platform.access.Records;
import org.earlyhelp.platform.audit.AuditAction;
import org.earlyhelp.platform.audit.AuditEntry;
import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.change.IllegalTransition;
import org.earlyhelp.platform.events.EventDraft;
import org.earlyhelp.platform.events.Outbox;
import org.earlyhelp.platform.identity.Caller;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;
import org.earlyhelp.referral.contract.ReferralFeed;
import org.earlyhelp.referral.consent.SharingGate;
import org.earlyhelp.referral.directory.ServiceDirectory;
import org.earlyhelp.referral.directory.ServiceDirectory.DirectoryService;
import org.earlyhelp.referral.referral.NewReferral;
import org.earlyhelp.referral.referral.Referral;
import org.earlyhelp.referral.referral.ReferralEvents;
import org.earlyhelp.referral.referral.ReferralPerson;
import org.earlyhelp.referral.referral.ReferralRepository;
import org.earlyhelp.referral.referral.ReferralService;
import org.earlyhelp.referral.referral.ReferralView;
import org.earlyhelp.referral.restriction.Restrictions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Signposting: the hub refers on to directory services; each onward referral carries only what
 * consent-service permits for its receiving agency, and waits with nothing shared until
 * something is permitted. The receiving agency accepts or declines it from its inbox.
 */
@ApplicationScoped
class OnwardReferralService {

    private static final String RESOURCE = OnwardReferralVisibility.RESOURCE;
    private static final String PURPOSE = "onward-referral";
    /** Who acts when no user did: the recheck after a consent changed, the closing of one that waited too long. */
    static final String SERVICE_ACTOR = "onward-consent-recheck";

    private final EntityManager entities;
    private final ReferralService referrals;
    private final ReferralEvents referralEvents;
    private final ServiceDirectory directory;
    private final SharingGate sharing;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final ObjectMapper json;
    private final Records records;
    private final OnwardReferralVisibility visibility;
    private final ReferralRepository referralRows;
    private final OnwardConfig config;
    private final Restrictions restrictions;

    OnwardReferralService(EntityManager entities, ReferralService referrals, ReferralEvents referralEvents,
            ServiceDirectory directory, SharingGate sharing, Outbox outbox, AuditTrail audit, ObjectMapper json,
            Records records, OnwardReferralVisibility visibility, ReferralRepository referralRows, OnwardConfig config,
            Restrictions restrictions) {
        this.restrictions = restrictions;
        this.entities = entities;
        this.referrals = referrals;
        this.referralEvents = referralEvents;
        this.directory = directory;
        this.sharing = sharing;
        this.outbox = outbox;
        this.audit = audit;
        this.json = json;
        this.records = records;
        this.visibility = visibility;
        this.referralRows = referralRows;
        this.config = config;
    }

    /**
     * In three steps, so that no remote call is made while a transaction holds a database connection:
     * check the caller may triage the referral; look the services up in the directory; then, in one
     * short transaction, signpost the referral (its {@code If-Match} guards against a change in
     * between) and create the onward referrals. Each is then shared as consent permits ({@link #share}).
     */
    ReferralView signpost(UUID referralId, Signposting signposting, Caller caller, String ifMatch) {
        QuarkusTransaction.requiringNew().run(() -> referrals.triageable(referralId, caller, AuditAction.UPDATE));
        List<DirectoryService> services = signposting.services().stream().map(onward -> resolve(onward.serviceId())).toList();
        List<UUID> created = new ArrayList<>();
        ReferralView view = QuarkusTransaction.requiringNew().call(() -> {
            Referral referral = referrals.triageable(referralId, caller, AuditAction.UPDATE);
            Instant now = Instant.now();
            List<OnwardReferral> onwards = new ArrayList<>();
            ReferralView signposted = referrals.change(referral, caller, ifMatch, (r, by) -> {
                r.signpost(signposting.reason(), String.join(", ", services.stream().map(DirectoryService::name).toList()), by,
                        now);
                for (int i = 0; i < services.size(); i++) {
                    DirectoryService service = services.get(i);
                    OnwardReferral onward = new OnwardReferral(r.id(), r.area(), r.referringAgency(), service.id(),
                            service.name(), service.agencyCode().orElseThrow(), signposting.services().get(i).note(),
                            caller.username(), now);
                    entities.persist(onward);
                    onwards.add(onward);
                }
                referralEvents.signposted(r, onwards.stream().map(onward -> onward.id).toList());
            });
            onwards.forEach(onward -> created.add(onward.id));
            return signposted;
        });
        for (UUID id : created) {
            try {
                share(QuarkusTransaction.requiringNew().call(() -> {
                    OnwardReferral onward = entities.find(OnwardReferral.class, id);
                    return pending(onward, referrals.triageable(onward.referralId, caller, AuditAction.UPDATE));
                }), hub(caller));
            } catch (ChangedMeanwhile e) {
                // A check of consent for it, made meanwhile, decided it: that answer stands.
            }
        }
        return view;
    }

    /**
     * Asks consent again for an onward referral that is still waiting (e.g. after consent was recorded):
     * read, ask consent-service with no transaction open, write. {@code 409} if another check sent it meanwhile.
     */
    OnwardReferralView recheckConsent(UUID id, Caller caller) {
        Pending pending = QuarkusTransaction.requiringNew().call(() -> {
            OnwardReferral onward = records.find(caller, visibility, id, AuditAction.UPDATE);
            Referral referral = referrals.triageable(onward.referralId, caller, AuditAction.UPDATE);
            restrictions.refuseIfRestricted(referral.personIds());
            if (onward.status != OnwardStatus.AWAITING_CONSENT) {
                throw new IllegalTransition("Only an onward referral awaiting consent is checked again");
            }
            return pending(onward, referral);
        });
        try {
            return share(pending, hub(caller));
        } catch (ChangedMeanwhile e) {
            throw new ClientErrorException("The onward referral changed while consent-service was asked; read it again", 409);
        }
    }

    /**
     * consent-service's feed says a consent about {@code personId} was recorded or changed: each onward referral of
     * theirs still waiting is marked to be asked about again ({@link #recheckAsService}). Runs in the feed consumer's
     * transaction, so it asks nothing itself.
     */
    void consentChanged(UUID personId, Instant at) {
        entities.createQuery("select o from OnwardReferral o where o.status = :awaiting and o.referralId in"
                + " (select p.referral.id from ReferralPerson p where p.personId = :person)", OnwardReferral.class)
                .setParameter("awaiting", OnwardStatus.AWAITING_CONSENT).setParameter("person", personId)
                .getResultList().forEach(onward -> onward.consentChanged(at));
    }

    /** Onward referrals marked to be asked about again, oldest mark first. */
    List<UUID> markedForRecheck(int limit) {
        return QuarkusTransaction.requiringNew().call(() -> entities.createQuery("select o.id from OnwardReferral o"
                + " where o.recheckRequestedAt is not null and o.status = :awaiting order by o.recheckRequestedAt", UUID.class)
                .setParameter("awaiting", OnwardStatus.AWAITING_CONSENT).setMaxResults(limit).getResultList());
    }

    /** Onward referrals still waiting for consent after {@code earlyhelp.onward.consent-wait}, oldest first. */
    List<UUID> waitedTooLong(Instant now, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> entities.createQuery("select o.id from OnwardReferral o"
                + " where o.status = :awaiting and o.createdAt < :cutoff order by o.createdAt", UUID.class)
                .setParameter("awaiting", OnwardStatus.AWAITING_CONSENT).setParameter("cutoff", now.minus(config.consentWait()))
                .setMaxResults(limit).getResultList());
    }

    /**
     * Asks consent-service again, as this service, for an onward referral marked after a consent changed: sent with what
     * is now permitted, or left waiting. Left marked, to be asked again later, if consent-service could not answer or the
     * onward referral changed meanwhile.
     */
    void recheckAsService(UUID id) {
        Pending pending = QuarkusTransaction.requiringNew().call(() -> {
            OnwardReferral onward = entities.find(OnwardReferral.class, id);
            if (onward == null || onward.status != OnwardStatus.AWAITING_CONSENT || onward.recheckRequestedAt == null) {
                return null;
            }
            Referral referral = referralRows.find(onward.referralId).orElseThrow();
            if (restrictions.restricted(referral.personIds())) {
                // Not released while restricted: asked about again once the restriction is lifted.
                onward.rechecked();
                return null;
            }
            return pending(onward, referral);
        });
        if (pending == null) {
            return;
        }
        try {
            share(pending, asService);
        } catch (ChangedMeanwhile e) {
            // Marked again, or decided by the hub's own check, meanwhile: the next round sees it as it is now.
        }
    }

    /** Closes an onward referral that waited too long with nothing permitted, publishes it and keeps it in the audit trail. */
    void closeWithoutConsent(UUID id, Instant now) {
        QuarkusTransaction.requiringNew().run(() -> {
            OnwardReferral onward = entities.find(OnwardReferral.class, id);
            if (onward == null || onward.status != OnwardStatus.AWAITING_CONSENT || !onward.createdAt.isBefore(
                    now.minus(config.consentWait()))) {
                return;
            }
            onward.closeWithoutConsent("no-consent-within-" + config.consentWait().toDays() + "-days", now);
            outbox.record(EventDraft.of(ReferralFeed.OnwardReferral.CONSENT_NOT_GIVEN, onward.id.toString(),
                    event(onward, List.of()), Reach.agencyKey(onward.referringAgency), Reach.areaKey(onward.area)));
            audit.record(AuditEntry.system(SERVICE_ACTOR).action(AuditAction.UPDATE).resource(RESOURCE, onward.id)
                    .purpose(PURPOSE).build());
            entities.flush();
        });
    }

    @Transactional
    Page<OnwardReferralView> list(Caller caller, PageRequest page) {
        return records.page(caller, visibility, null, "r.createdAt desc, r.id", page).map(this::view);
    }

    @Transactional
    OnwardReferralView read(UUID id, Caller caller) {
        return view(records.read(caller, visibility, id));
    }

    @Transactional
    OnwardReferralView accept(UUID id, Caller caller) {
        OnwardReferral onward = receivedBy(id, caller);
        onward.accept(caller.username(), Instant.now());
        return decided(onward, caller, ReferralFeed.OnwardReferral.ACCEPTED);
    }

    @Transactional
    OnwardReferralView decline(UUID id, Decline decline, Caller caller) {
        OnwardReferral onward = receivedBy(id, caller);
        onward.decline(decline.reason(), caller.username(), Instant.now());
        return decided(onward, caller, ReferralFeed.OnwardReferral.DECLINED);
    }

    private OnwardReferralView decided(OnwardReferral onward, Caller caller, String type) {
        OnwardReferralView view = view(onward);
        publish(type, onward, sharedPeople(view));
        audit.record(AuditEntry.of(caller).action(AuditAction.UPDATE).resource(RESOURCE, onward.id).people(sharedPeople(view))
                .purpose(PURPOSE).build());
        entities.flush();
        return view(onward);
    }

    /** An onward referral awaiting consent, as read: what to ask consent-service about and what may be shared. */
    private record Pending(UUID onwardId, long version, String receivingAgency, List<UUID> personIds,
            List<ReferralPerson> people, NewReferral body) {
    }

    /** The onward referral changed between the read and the write. */
    private static final class ChangedMeanwhile extends RuntimeException {

        ChangedMeanwhile() {
            super(null, null, false, false);
        }
    }

    private Pending pending(OnwardReferral onward, Referral referral) {
        return new Pending(onward.id, onward.version, onward.receivingAgency, referral.personIds(), List.copyOf(referral.people()),
                referrals.body(referral));
    }

    /**
     * Asks consent-service, per person and data category, what the receiving agency may have (no
     * transaction open), then in one short transaction sends that or keeps waiting ({@link SharePolicy}),
     * provided neither the onward referral nor the referral's people changed meanwhile.
     */
    private OnwardReferralView share(Pending pending, Asker asker) {
        Questions ask = new Questions(asker, pending.receivingAgency());
        List<SharePolicy.Answers> answers = new ArrayList<>();
        for (ReferralPerson person : pending.people()) {
            UUID id = person.personId();
            if (!ask.permits(id, SharingGate.IDENTITY)) {
                answers.add(SharePolicy.Answers.identityRefused(id, person.child()));
                continue;
            }
            boolean contact = ask.permits(id, SharingGate.CONTACT);
            boolean concerns = person.child() && ask.permits(id, SharingGate.CONCERNS);
            answers.add(new SharePolicy.Answers(id, person.child(), true, contact, concerns));
        }
        SharePolicy.Share share = SharePolicy.decide(answers);
        return QuarkusTransaction.requiringNew().call(() -> {
            OnwardReferral onward = entities.find(OnwardReferral.class, pending.onwardId());
            Referral referral = asker.referral(onward.referralId);
            if (onward.version != pending.version() || onward.status != OnwardStatus.AWAITING_CONSENT
                    || !referral.personIds().equals(pending.personIds())) {
                throw new ChangedMeanwhile();
            }
            String why = String.join("\n", ask.reasons);
            if (share.waits()) {
                onward.keepWaiting(why);
                if (!ask.unanswered) {
                    onward.rechecked();
                }
                audit.record(asker.audit().action(AuditAction.DENY).resource(RESOURCE, onward.id)
                        .people(pending.personIds()).purpose(PURPOSE).build());
            } else {
                onward.send(write(content(pending, share)), why, Instant.now());
                publish(ReferralFeed.OnwardReferral.SENT, onward, share.people());
                audit.record(asker.audit().action(AuditAction.SHARE).resource(RESOURCE, onward.id).people(share.people())
                        .purpose(PURPOSE).build());
            }
            entities.flush();
            return view(onward);
        });
    }

    private static SharedContent content(Pending pending, SharePolicy.Share share) {
        List<SharedContent.SharedPerson> people = pending.people().stream().filter(person -> share.people().contains(person.personId()))
                .map(person -> sharedPerson(person, pending.body(), share.withContact().contains(person.personId()))).toList();
        return new SharedContent(people, share.concerns() ? pending.body().concerns() : null, pending.body().helpRequested(),
                share.withheld());
    }

    /** The questions about one onward referral as they are asked: the reasons given, and whether any went unanswered. */
    private static final class Questions {

        private final Asker asker;
        private final String agency;
        private final Set<String> reasons = new LinkedHashSet<>();
        private boolean unanswered;

        Questions(Asker asker, String agency) {
            this.asker = asker;
            this.agency = agency;
        }

        boolean permits(UUID person, String category) {
            SharingGate.SharingAnswer answer = asker.ask(person, agency, category);
            reasons.addAll(answer.reasons());
            unanswered |= answer.unavailable();
            return answer.permits();
        }
    }

    /**
     * Who asks consent-service and answers for what follows: the hub's screener signposting or checking again (the
     * referral read as theirs), or this service after a consent changed on consent-service's feed.
     */
    private interface Asker {

        SharingGate.SharingAnswer ask(UUID person, String agency, String category);

        Referral referral(UUID referralId);

        AuditEntry.Builder audit();
    }

    private Asker hub(Caller caller) {
        return new Asker() {
            @Override
            public SharingGate.SharingAnswer ask(UUID person, String agency, String category) {
                return sharing.ask(person, agency, category);
            }

            @Override
            public Referral referral(UUID referralId) {
                return referrals.triageable(referralId, caller, AuditAction.UPDATE);
            }

            @Override
            public AuditEntry.Builder audit() {
                return AuditEntry.of(caller);
            }
        };
    }

    private final Asker asService = new Asker() {
        @Override
        public SharingGate.SharingAnswer ask(UUID person, String agency, String category) {
            return sharing.askAsService(person, agency, category);
        }

        @Override
        public Referral referral(UUID referralId) {
            return referralRows.find(referralId).orElseThrow();
        }

        @Override
        public AuditEntry.Builder audit() {
            return AuditEntry.system(SERVICE_ACTOR);
        }
    };

    private static SharedContent.SharedPerson sharedPerson(ReferralPerson person, NewReferral body, boolean contact) {
        if (person.child()) {
            NewReferral.Child child = body.children().get(person.position());
            return new SharedContent.SharedPerson(person.personId(), person.role(), null, child.firstName(), child.lastName(),
                    child.dateOfBirth(), child.expectedDueDate(), contact ? child.address() : null,
                    contact ? child.school() : null);
        }
        NewReferral.HouseholdMember member = body.household().get(person.position() - body.children().size());
        return new SharedContent.SharedPerson(person.personId(), person.role(), member.relationship(), member.firstName(),
                member.lastName(), member.dateOfBirth(), null, null, null);
    }

    /**
     * Ids and codes only: the receiver and the hub read what was shared, and a decline's reason, on the onward referral.
     * Addressed as {@link OnwardReferralVisibility}: the working roles of the receiver and the referrer, the hub of the area.
     */
    private void publish(String type, OnwardReferral onward, List<UUID> people) {
        outbox.record(EventDraft.of(type, onward.id.toString(), event(onward, people),
                Reach.agencyKey(onward.receivingAgency), Reach.agencyKey(onward.referringAgency), Reach.areaKey(onward.area)));
    }

    private static ReferralFeed.OnwardReferral event(OnwardReferral onward, List<UUID> people) {
        return new ReferralFeed.OnwardReferral(onward.id, onward.referralId, onward.serviceId, onward.receivingAgency,
                onward.referringAgency, onward.area, onward.status.value(), people);
    }

    private DirectoryService resolve(UUID serviceId) {
        DirectoryService service;
        try {
            service = directory.find(serviceId).orElseThrow(
                    () -> new ClientErrorException("No service " + serviceId + " in the directory", 422));
        } catch (WebApplicationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ServiceUnavailableException("The directory cannot be reached; try again shortly");
        }
        if (service.agencyCode().isEmpty()) {
            throw new ClientErrorException("Service " + service.name() + " is run by an organisation that is not on the platform;"
                    + " refer to it directly", 422);
        }
        return service;
    }

    /** One the caller may see and whose receiving agency it works for; seeing it otherwise (the hub) is 403. */
    private OnwardReferral receivedBy(UUID id, Caller caller) {
        OnwardReferral onward = records.find(caller, visibility, id, AuditAction.UPDATE);
        if (!Reach.of(caller).through(onward.receivingAgency)) {
            throw new ForbiddenException("Only the receiving agency accepts or declines an onward referral");
        }
        restrictions.refuseIfRestricted(referralRows.find(onward.referralId).map(Referral::personIds).orElse(List.of()));
        return onward;
    }

    private OnwardReferralView view(OnwardReferral onward) {
        SharedContent content = onward.shared == null ? null : visibility.shared(onward);
        String detail = switch (onward.status) {
            case AWAITING_CONSENT -> "Waiting for consent: nothing has been shared with " + onward.receivingAgency + " yet";
            case SENT -> "Sent to " + onward.receivingAgency + " with what consent permits";
            case ACCEPTED -> "Accepted by " + onward.receivingAgency;
            case DECLINED -> "Declined by " + onward.receivingAgency;
            case CONSENT_NOT_GIVEN -> "Closed unsent: consent to share with " + onward.receivingAgency + " was not given within "
                    + config.consentWait().toDays() + " days; nothing was shared";
        };
        return new OnwardReferralView(onward.id, onward.referralId, onward.serviceId, onward.serviceName, onward.receivingAgency,
                onward.referringAgency, onward.status, detail, onward.note, content,
                onward.consentReasons == null || onward.consentReasons.isEmpty() ? List.of()
                        : List.of(onward.consentReasons.split("\n")),
                onward.createdAt, onward.sentAt, onward.decidedAt, onward.decidedBy, onward.declineReason, onward.closedAt,
                onward.version, restrictions.restricted(referralRows.find(onward.referralId).map(Referral::personIds).orElse(List.of())));
    }

    private static List<UUID> sharedPeople(OnwardReferralView view) {
        return view.shared() == null ? List.of() : view.shared().people().stream().map(SharedContent.SharedPerson::personId).toList();
    }

    private String write(SharedContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Shared content is not writable as JSON", e);
        }
    }
}
