package org.earlyhelp.cases.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.ForbiddenException;

import org.earlyhelp.platform.access.Records;
import org.earlyhelp.platform.audit.AuditAction;
import org.earlyhelp.platform.audit.AuditEntry;
import org.earlyhelp.platform.audit.AuditOutcome;
import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.identity.Caller;
import org.earlyhelp.platform.web.ETags;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;

/**
 * Case use cases and the steps every feature shares: find a case the caller may see (404 and an
 * audit line otherwise), check the caller may lead or work it (403), check If-Match, change it
 * through its own methods, record the audit line, and write the new version.
 */
@ApplicationScoped
public class CaseService {

    public static final String RESOURCE = "case";
    /** The purpose every read and change of a case serves (consent-service's purpose code). */
    public static final String PURPOSE = "team-around-family";

    private final CaseRepository cases;
    private final CaseEvents events;
    private final AuditTrail audit;
    private final CaseConfig config;
    private final Records records;

    CaseService(CaseRepository cases, CaseEvents events, AuditTrail audit, CaseConfig config, Records records) {
        this.cases = cases;
        this.events = events;
        this.audit = audit;
        this.config = config;
        this.records = records;
    }

    /**
     * Opens a case (in the caller's transaction) and publishes {@code case.opened}. The referral
     * ids' unique key makes a second case for the same referral impossible even in a race.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Case open(Opening opening, Actor by, AuditEntry.Builder auditAs) {
        Instant now = Instant.now();
        LocalDate today = today(now);
        Case opened = Case.open(cases.nextReference(config.referencePrefix(), Year.from(today)), opening, by, now,
                today.plus(config.firstReviewAfter()));
        cases.persist(opened);
        events.opened(opened);
        audit.record(auditAs.action(AuditAction.CREATE).resource(RESOURCE, opened.id()).people(opened.personIds())
                .purpose(PURPOSE).build());
        try {
            cases.flush();
        } catch (PersistenceException e) {
            // Only the referral's unique key can clash: another transaction put it on a case first.
            throw new IllegalTransition("A referral named here was put on another case meanwhile; reload and try again");
        }
        return opened;
    }

    /**
     * A page of the cases the caller may see ({@code condition}, SQL on alias {@code r}, narrows them, null for none), newest
     * first, audited with the people on the page. A few statements whatever the page size: the page's rows, their
     * families, the audit row, and the count unless the page shows where the list ends.
     */
    @Transactional
    public Page<CaseSummary> list(Caller caller, PageRequest page, String condition, Map<String, Object> parameters) {
        LocalDate today = today();
        List<CaseRepository.Listed> found = cases.listed(caller, condition, parameters, today, page.page(), page.size());
        Map<UUID, List<CaseRepository.ListedPerson>> families = found.isEmpty() ? Map.of()
                : cases.families(found.stream().map(CaseRepository.Listed::id).toList()).stream()
                        .collect(Collectors.groupingBy(CaseRepository.ListedPerson::caseId));
        audit.record(AuditEntry.of(caller).action(AuditAction.LIST).resource(RESOURCE)
                .people(found.stream().flatMap(kase -> families.getOrDefault(kase.id(), List.of()).stream()
                        .map(CaseRepository.ListedPerson::personId).distinct()).toList())
                .purpose(PURPOSE).build());
        // A page short of full, and not past the end, holds the last cases: the total follows without counting.
        boolean lastPage = found.size() < page.size() && (!found.isEmpty() || page.page() == 0);
        long total = lastPage ? (long) page.page() * page.size() + found.size() : cases.countVisible(caller, condition, parameters);
        return new Page<>(found.stream().map(kase -> CaseSummary.of(kase, families.getOrDefault(kase.id(), List.of()), today))
                .toList(), page.page(), page.size(), total);
    }

    @Transactional
    public CaseView read(UUID id, Caller caller) {
        Case kase = visible(id, caller, AuditAction.READ);
        audited(caller, AuditAction.READ, kase);
        return view(kase);
    }

    @Transactional
    public List<HistoryView> history(UUID id, Caller caller) {
        Case kase = visible(id, caller, AuditAction.READ);
        audited(caller, AuditAction.READ, kase);
        return kase.history().stream().map(HistoryView::of).toList();
    }

    /** The caller, a case lead of the lead agency, takes the case as lead practitioner. */
    @Transactional
    public CaseView takeLead(UUID id, Caller caller, String ifMatch) {
        Case kase = led(id, caller, AuditAction.UPDATE);
        change(kase, caller, ifMatch, true, by -> {
            kase.assignLeadPractitioner(by, Instant.now());
            return kase;
        });
        return view(kase);
    }

    @Transactional
    public CaseView close(UUID id, Closure closure, Caller caller, String ifMatch) {
        Case kase = led(id, caller, AuditAction.UPDATE);
        change(kase, caller, ifMatch, true, by -> {
            kase.close(closure.outcomes(), closure.reason(), by, Instant.now());
            events.closed(kase);
            return kase;
        });
        return view(kase);
    }

    @Transactional
    public CaseView reopen(UUID id, Reason reason, Caller caller, String ifMatch) {
        Case kase = led(id, caller, AuditAction.UPDATE);
        change(kase, caller, ifMatch, true, by -> {
            Instant now = Instant.now();
            kase.reopen(reason.reason(), by, now, today(now).plus(config.firstReviewAfter()));
            events.reopened(kase);
            return kase;
        });
        return view(kase);
    }

    /**
     * The case {@code id} if the caller may see it ({@link CaseVisibility}, through the platform's
     * {@link Records}). Otherwise 404 whether or not it exists, and the attempt is kept in the audit
     * trail (denied if it exists, not found if it does not). The use case audits what it then does,
     * with the case's purpose.
     */
    public Case visible(UUID id, Caller caller, String action) {
        return records.find(caller, CaseVisibility.CASES, id, action);
    }

    /** A case the caller may see and lead (a case lead of the lead agency); 403 if they only see it. */
    public Case led(UUID id, Caller caller, String action) {
        Case kase = visible(id, caller, action);
        if (!CaseAccess.mayLead(caller, kase)) {
            denied(caller, action, kase);
            throw new ForbiddenException("Only a case lead of the lead agency (" + kase.leadAgency() + ") may do this");
        }
        return kase;
    }

    /** A case the caller may see and work on (a practitioner or case lead of an agency taking part); 403 otherwise. */
    public Case worked(UUID id, Caller caller, String action) {
        Case kase = visible(id, caller, action);
        if (!CaseAccess.mayWork(caller, kase)) {
            denied(caller, action, kase);
            throw new ForbiddenException("Only practitioners of the lead agency or of the team may do this");
        }
        return kase;
    }

    /**
     * Checks If-Match (required, or checked when sent), applies the change, records the audit line
     * and writes the new version, so the response carries its ETag; a concurrent change is 412.
     */
    public <T> T change(Case kase, Caller caller, String ifMatch, boolean ifMatchRequired, Function<Actor, T> change) {
        if (ifMatchRequired || (ifMatch != null && !ifMatch.isBlank())) {
            ETags.require(ifMatch, kase.version());
        }
        T result = change.apply(Actor.of(caller));
        audited(caller, AuditAction.UPDATE, kase);
        flush();
        return result;
    }

    /** Writes pending changes now; a concurrent change of the same case is 412. */
    public void flush() {
        try {
            cases.flush();
        } catch (OptimisticLockException e) {
            throw new ClientErrorException("The case changed meanwhile; reload it and try again", 412);
        }
    }

    public void audited(Caller caller, String action, Case kase) {
        audit.record(AuditEntry.of(caller).action(action).resource(RESOURCE, kase.id()).people(kase.personIds())
                .purpose(PURPOSE).build());
    }

    public void denied(Caller caller, String action, Case kase) {
        audit.record(AuditEntry.of(caller).action(action).resource(RESOURCE, kase.id()).purpose(PURPOSE)
                .outcome(AuditOutcome.DENIED).build());
    }

    public CaseView view(Case kase) {
        return CaseView.of(kase, today());
    }

    public LocalDate today() {
        return today(Instant.now());
    }

    private LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, config.zone());
    }
}
