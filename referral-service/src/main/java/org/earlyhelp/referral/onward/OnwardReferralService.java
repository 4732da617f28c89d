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
import org.earlyhelp.platform.events.EventDraft;
import org.earlyhelp.platform.events.Outbox;
import org.earlyhelp.platform.identity.Caller;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;
import org.earlyhelp.referral.consent.SharingGate;
import org.earlyhelp.referral.directory.ServiceDirectory;
import org.earlyhelp.referral.directory.ServiceDirectory.DirectoryService;
import org.earlyhelp.referral.referral.NewReferral;
import org.earlyhelp.referral.referral.Referral;
import org.earlyhelp.referral.referral.ReferralEvents;
import org.earlyhelp.referral.referral.ReferralPerson;
import org.earlyhelp.referral.referral.ReferralService;
import org.earlyhelp.referral.referral.ReferralView;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Signposting: the hub refers on to directory services; each onward referral carries only what
 * consent-service permits for its receiving agency, and waits with nothing shared until
 * something is permitted. The receiving agency accepts or declines it from its inbox.
 */
@ApplicationScoped
class OnwardReferralService {

    private static final String RESOURCE = OnwardReferralVisibility.RESOURCE;
    private static final String PURPOSE = "onward-referral";

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

    OnwardReferralService(EntityManager entities, ReferralService referrals, ReferralEvents referralEvents,
            ServiceDirectory directory, SharingGate sharing, Outbox outbox, AuditTrail audit, ObjectMapper json,
            Records records, OnwardReferralVisibility visibility) {
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
    }

    @Transactional
    ReferralView signpost(UUID referralId, Signposting signposting, Caller caller, String ifMatch) {
        Referral referral = referrals.triageable(referralId, caller, AuditAction.UPDATE);
        List<DirectoryService> services = signposting.services().stream().map(onward -> resolve(onward.serviceId())).toList();
        List<OnwardReferral> created = new ArrayList<>();
        Instant now = Instant.now();
        ReferralView view = referrals.change(referral, caller, ifMatch, (r, by) -> {
            r.signpost(signposting.reason(), String.join(", ", services.stream().map(DirectoryService::name).toList()), by, now);
            for (int i = 0; i < services.size(); i++) {
                DirectoryService service = services.get(i);
                OnwardReferral onward = new OnwardReferral(r.id(), r.area(), r.referringAgency(), service.id(), service.name(),
                        service.agencyCode().orElseThrow(), signposting.services().get(i).note(), caller.username(), now);
                entities.persist(onward);
                created.add(onward);
            }
            referralEvents.signposted(r, created.stream().map(onward -> onward.id).toList());
        });
        created.forEach(onward -> share(onward, referral, caller));
        return view;
    }

    /** Asks consent again for an onward referral that is still waiting (e.g. after consent was recorded). */
    @Transactional
    OnwardReferralView recheckConsent(UUID id, Caller caller) {
        OnwardReferral onward = records.find(caller, visibility, id, AuditAction.UPDATE);
        Referral referral = referrals.triageable(onward.referralId, caller, AuditAction.UPDATE);
        if (onward.status != OnwardStatus.AWAITING_CONSENT) {
            throw new ClientErrorException("Only an onward referral awaiting consent is checked again", 409);
        }
        share(onward, referral, caller);
        return view(onward);
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
        return decided(onward, caller, "onward-referral.accepted");
    }

    @Transactional
    OnwardReferralView decline(UUID id, Decline decline, Caller caller) {
        OnwardReferral onward = receivedBy(id, caller);
        onward.decline(decline.reason(), caller.username(), Instant.now());
        return decided(onward, caller, "onward-referral.declined");
    }

    private OnwardReferralView decided(OnwardReferral onward, Caller caller, String type) {
        OnwardReferralView view = view(onward);
        publish(type, onward, sharedPeople(view));
        audit.record(AuditEntry.of(caller).action(AuditAction.UPDATE).resource(RESOURCE, onward.id).people(sharedPeople(view))
                .purpose(PURPOSE).build());
        entities.flush();
        return view(onward);
    }

    /** Asks, per person and data category, what the receiving agency may have; sends that, or keeps waiting. */
    private void share(OnwardReferral onward, Referral referral, Caller caller) {
        NewReferral body = referrals.body(referral);
        List<SharedContent.SharedPerson> people = new ArrayList<>();
        Set<String> reasons = new LinkedHashSet<>();
        boolean concerns = false;
        int withheld = 0;
        for (ReferralPerson person : referral.people()) {
            SharingGate.SharingAnswer identity = ask(person.personId(), onward.receivingAgency, SharingGate.IDENTITY, reasons);
            if (!identity.permits()) {
                withheld++;
                continue;
            }
            boolean contact = ask(person.personId(), onward.receivingAgency, SharingGate.CONTACT, reasons).permits();
            if (person.child()) {
                concerns |= ask(person.personId(), onward.receivingAgency, SharingGate.CONCERNS, reasons).permits();
            }
            people.add(sharedPerson(person, body, contact));
        }
        if (people.isEmpty()) {
            onward.keepWaiting(String.join("\n", reasons));
            audit.record(AuditEntry.of(caller).action(AuditAction.DENY).resource(RESOURCE, onward.id)
                    .people(referral.personIds()).purpose(PURPOSE).build());
            return;
        }
        SharedContent content = new SharedContent(people, concerns ? body.concerns() : null, body.helpRequested(), withheld);
        onward.send(write(content), String.join("\n", reasons), Instant.now());
        List<UUID> shared = people.stream().map(SharedContent.SharedPerson::personId).toList();
        publish("onward-referral.sent", onward, shared);
        audit.record(AuditEntry.of(caller).action(AuditAction.SHARE).resource(RESOURCE, onward.id).people(shared)
                .purpose(PURPOSE).build());
    }

    private SharingGate.SharingAnswer ask(UUID person, String agency, String category, Set<String> reasons) {
        SharingGate.SharingAnswer answer = sharing.ask(person, agency, category);
        reasons.addAll(answer.reasons());
        return answer;
    }

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

    /** Ids and codes only: the receiver and the hub read what was shared, and a decline's reason, on the onward referral. */
    record OnwardEvent(UUID onwardReferralId, UUID referralId, UUID serviceId, String receivingAgency, String referringAgency,
            String area, String status, List<UUID> personIds) {
    }

    /** Addressed as {@link OnwardReferralVisibility}: the working roles of the receiver and the referrer, the hub of the area. */
    private void publish(String type, OnwardReferral onward, List<UUID> people) {
        outbox.record(EventDraft.of(type, onward.id.toString(), new OnwardEvent(onward.id, onward.referralId, onward.serviceId,
                onward.receivingAgency, onward.referringAgency, onward.area, onward.status.value(), people),
                Reach.agencyKey(onward.receivingAgency), Reach.agencyKey(onward.referringAgency), Reach.areaKey(onward.area)));
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
        return onward;
    }

    private OnwardReferralView view(OnwardReferral onward) {
        SharedContent content = onward.shared == null ? null : visibility.shared(onward);
        String detail = switch (onward.status) {
            case AWAITING_CONSENT -> "Waiting for consent: nothing has been shared with " + onward.receivingAgency + " yet";
            case SENT -> "Sent to " + onward.receivingAgency + " with what consent permits";
            case ACCEPTED -> "Accepted by " + onward.receivingAgency;
            case DECLINED -> "Declined by " + onward.receivingAgency;
        };
        return new OnwardReferralView(onward.id, onward.referralId, onward.serviceId, onward.serviceName, onward.receivingAgency,
                onward.referringAgency, onward.status, detail, onward.note, content,
                onward.consentReasons == null || onward.consentReasons.isEmpty() ? List.of()
                        : List.of(onward.consentReasons.split("\n")),
                onward.createdAt, onward.sentAt, onward.decidedAt, onward.decidedBy, onward.declineReason, onward.version);
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
