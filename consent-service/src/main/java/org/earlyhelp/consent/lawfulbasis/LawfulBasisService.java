package org.earlyhelp.consent.lawfulbasis;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.earlyhelp.consent.contract.ConsentFeed;
import org.earlyhelp.consent.dataprotection.Restrictions;
import org.earlyhelp.consent.participation.PersonReach;
import org.earlyhelp.consent.sharing.Period;
import org.earlyhelp.consent.sharing.Scope;
import org.earlyhelp.platform.access.Condition;
import org.earlyhelp.platform.access.Records;
import org.earlyhelp.platform.audit.AuditAction;
import org.earlyhelp.platform.audit.AuditEntry;
import org.earlyhelp.platform.audit.AuditOutcome;
import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.events.EventDraft;
import org.earlyhelp.platform.events.Outbox;
import org.earlyhelp.platform.identity.Caller;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;

/**
 * Recording and reading lawful bases, by this context's rule ({@link LawfulBasisVisibility}: a
 * justification can carry what one agency knows about a family, so it is read by those who reach
 * the person as the hub's triage, a case lead or the recording agency, and by auditors when a
 * decision rests on it). Recording needs reach of the person already, and never grants it.
 */
@ApplicationScoped
class LawfulBasisService {

    static final String RESOURCE = "lawful-basis";

    private final LawfulBasisRepository repository;
    private final PersonReach persons;
    private final Records records;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final LawfulBasisVisibility visibility;
    private final Restrictions restrictions;

    LawfulBasisService(LawfulBasisRepository repository, PersonReach persons, Records records, AuditTrail audit, Outbox outbox,
            Restrictions restrictions) {
        this.repository = repository;
        this.persons = persons;
        this.records = records;
        this.audit = audit;
        this.outbox = outbox;
        this.visibility = new LawfulBasisVisibility(persons);
        this.restrictions = restrictions;
    }

    @Transactional
    LawfulBasisView record(Caller caller, LawfulBasisBody body) {
        if (!persons.reaches(caller, body.personId())) {
            audit.record(AuditEntry.of(caller).action(AuditAction.CREATE).resource(RESOURCE).person(body.personId())
                    .outcome(AuditOutcome.DENIED).build());
            throw new NotFoundException("No person your agency works with has this id");
        }
        restrictions.refuseChangesAbout(body.personId());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Scope scope = new Scope(body.purposes(), orEmpty(body.recipientAgencies()), orEmpty(body.recipientAgencyTypes()),
                body.dataCategories());
        LawfulBasis basis = LawfulBasis.record(body.personId(), body.kind(), body.justification(), body.decidedBy().name(),
                body.decidedBy().role(), scope, new Period(body.validFrom(), body.validUntil()), caller, now);
        repository.persist(basis);
        repository.flush();
        LawfulBasisView view = LawfulBasisView.of(basis);
        outbox.record(new EventDraft(ConsentFeed.LawfulBasisRecorded.TYPE, basis.id.toString(), new ConsentFeed.LawfulBasisRecorded(
                basis.id, basis.personId, basis.kind, sorted(view.purposes()), sorted(view.dataCategories()),
                sorted(view.recipientAgencies()), sorted(view.recipientAgencyTypes()), basis.validFrom, basis.validUntil),
                persons.audienceFor(basis.personId)));
        audit.record(entry(caller, AuditAction.CREATE, basis).purpose(basis.kind).build());
        return view;
    }

    @Transactional
    LawfulBasisView find(Caller caller, UUID id) {
        LawfulBasis basis = records.find(caller, visibility, id, AuditAction.READ);
        audit.record(entry(caller, AuditAction.READ, basis).purpose(basis.kind).build());
        return shown(LawfulBasisView.of(basis));
    }

    @Transactional
    Page<LawfulBasisView> search(Caller caller, UUID person, PageRequest page) {
        Condition filter = person == null ? null : Condition.of("r.personId = :person", Map.of("person", person));
        return records.page(caller, visibility, filter, "r.recordedAt desc, r.id", page).map(basis -> shown(LawfulBasisView.of(basis)));
    }

    /** The view as shown, saying whether processing of the person is restricted. */
    private LawfulBasisView shown(LawfulBasisView view) {
        return restrictions.restricts(view.personId()) ? view.asRestricted() : view;
    }

    private static AuditEntry.Builder entry(Caller caller, String action, LawfulBasis basis) {
        return AuditEntry.of(caller).action(action).resource(RESOURCE, basis.id).person(basis.personId);
    }

    private static <T> Set<T> orEmpty(Set<T> values) {
        return values == null ? Set.of() : values;
    }

    /** Codes in alphabetical order, as the feed has always carried them. */
    private static List<String> sorted(List<String> codes) {
        return List.copyOf(new TreeSet<>(codes));
    }
}
