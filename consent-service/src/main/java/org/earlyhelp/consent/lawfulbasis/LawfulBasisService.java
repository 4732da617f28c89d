package org.earlyhelp.consent.lawfulbasis;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.earlyhelp.consent.participation.PersonAccess;
import org.earlyhelp.consent.participation.Roles;
import org.earlyhelp.consent.sharing.Period;
import org.earlyhelp.consent.sharing.Scope;
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
 * Recording and reading lawful bases. A justification can carry what one agency knows about a
 * family (a police concern, a health matter), so it is read only by the hub's triage, case leads,
 * auditors and the agency that recorded it; other agencies see the decisions it permits.
 */
@ApplicationScoped
class LawfulBasisService {

    static final String RESOURCE = "lawful-basis";
    static final String RECORDED = "consent.lawful-basis-recorded";

    private final LawfulBasisRepository repository;
    private final PersonAccess access;
    private final AuditTrail audit;
    private final Outbox outbox;

    LawfulBasisService(LawfulBasisRepository repository, PersonAccess access, AuditTrail audit, Outbox outbox) {
        this.repository = repository;
        this.access = access;
        this.audit = audit;
        this.outbox = outbox;
    }

    record Recorded(UUID lawfulBasisId, UUID personId, String kind, Set<String> purposes, Set<String> dataCategories,
            Set<String> recipientAgencies, Set<String> recipientAgencyTypes, Instant validFrom, Instant validUntil) {
    }

    @Transactional
    LawfulBasisView record(Caller caller, LawfulBasisBody body) {
        if (!access.mayActFor(caller, body.personId())) {
            audit.record(AuditEntry.of(caller).action(AuditAction.CREATE).resource(RESOURCE).person(body.personId())
                    .outcome(AuditOutcome.DENIED).build());
            throw notFound();
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Scope scope = new Scope(body.purposes(), orEmpty(body.recipientAgencies()), orEmpty(body.recipientAgencyTypes()),
                body.dataCategories());
        LawfulBasis basis = LawfulBasis.record(body.personId(), body.kind(), body.justification(), body.decidedBy().name(),
                body.decidedBy().role(), scope, new Period(body.validFrom(), body.validUntil()), caller, now);
        repository.persist(basis);
        repository.flush();
        LawfulBasisView view = LawfulBasisView.of(basis);
        Set<String> audience = new TreeSet<>(view.recipientAgencies());
        audience.add(caller.agency());
        outbox.record(new EventDraft(RECORDED, basis.id.toString(), new Recorded(basis.id, basis.personId, basis.kind,
                new TreeSet<>(view.purposes()), new TreeSet<>(view.dataCategories()), new TreeSet<>(view.recipientAgencies()),
                new TreeSet<>(view.recipientAgencyTypes()), basis.validFrom, basis.validUntil), audience));
        audit.record(entry(caller, AuditAction.CREATE, basis).purpose(basis.kind).build());
        return view;
    }

    @Transactional
    LawfulBasisView find(Caller caller, UUID id) {
        LawfulBasis basis = repository.findByIdOptional(id).orElse(null);
        if (basis == null || !mayRead(caller, basis)) {
            audit.record(AuditEntry.of(caller).action(AuditAction.READ).resource(RESOURCE, id)
                    .people(basis == null ? Set.of() : Set.of(basis.personId))
                    .outcome(basis == null ? AuditOutcome.NOT_FOUND : AuditOutcome.DENIED).build());
            throw notFound();
        }
        audit.record(entry(caller, AuditAction.READ, basis).purpose(basis.kind).build());
        return LawfulBasisView.of(basis);
    }

    @Transactional
    Page<LawfulBasisView> search(Caller caller, UUID person, PageRequest page) {
        String agencyLimit = hasWideReach(caller) ? null : caller.agency();
        var query = repository.search(person, agencyLimit, page);
        Page<LawfulBasisView> found = new Page<>(query.list().stream().map(LawfulBasisView::of).toList(), page.page(),
                page.size(), query.count());
        AuditEntry.Builder entry = AuditEntry.of(caller).action(AuditAction.LIST).resource(RESOURCE);
        found.items().stream().map(LawfulBasisView::personId).distinct().forEach(entry::person);
        audit.record(entry.build());
        return found;
    }

    private static boolean mayRead(Caller caller, LawfulBasis basis) {
        return hasWideReach(caller) || caller.belongsTo(basis.recordedByAgency);
    }

    private static boolean hasWideReach(Caller caller) {
        return caller.hasRole(Roles.HUB_TRIAGE) || caller.hasRole(Roles.CASE_LEAD) || caller.hasRole(Roles.AUDITOR);
    }

    private static AuditEntry.Builder entry(Caller caller, String action, LawfulBasis basis) {
        return AuditEntry.of(caller).action(action).resource(RESOURCE, basis.id).person(basis.personId);
    }

    private static NotFoundException notFound() {
        return new NotFoundException("No such lawful basis, or not one you may see");
    }

    private static <T> Set<T> orEmpty(Set<T> values) {
        return values == null ? Set.of() : values;
    }
}
