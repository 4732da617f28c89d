package org.earlyhelp.cases.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.ForbiddenException;

import org.earlyhelp.platform.access.Condition;
import org.earlyhelp.platform.access.Reach;
import org.earlyhelp.platform.access.Records;
import org.earlyhelp.platform.audit.AuditAction;
import org.earlyhelp.platform.audit.AuditEntry;
import org.earlyhelp.platform.audit.AuditOutcome;
import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.change.Actor;
import org.earlyhelp.platform.change.IllegalTransition;
import org.earlyhelp.platform.identity.Caller;
import org.earlyhelp.platform.web.ETags;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;

/**
 * The steps every use case of a case shares: find a case the caller may see (404 and an
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
    private final Restrictions restrictions;

    CaseService(CaseRepository cases, CaseEvents events, AuditTrail audit, CaseConfig config, Records records,
            Restrictions restrictions) {
        this.cases = cases;
        this.events = events;
        this.audit = audit;
        this.config = config;
        this.records = records;
        this.restrictions = restrictions;
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
                firstReviewDue(now));
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

    @Transactional
    public Page<CaseHistoryView> history(UUID id, Caller caller, PageRequest page) {
        return partAsRead(id, caller, CasePart.HISTORY, CaseService::linesRead, (line, content) -> CaseHistoryView.of(line), page);
    }

    /**
     * One page of a case's {@code part} records narrowed by {@code filter} (null for none): 404 unless the caller may
     * see the case ({@link #visible}), and audited as a read of the case, as reading the whole case is.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> Page<T> part(UUID caseId, Caller caller, CasePart<T> part, Condition filter, PageRequest page) {
        Case kase = visible(caseId, caller, AuditAction.READ);
        audited(caller, AuditAction.READ, kase);
        return cases.page(part, kase.id(), filter, page);
    }

    /**
     * One page of a case's {@code part} records, as {@link #part}, as the caller reads the case's content
     * ({@link #content}): narrowed by the condition {@code filter} makes of it (null for none), each record shown by
     * {@code view}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T, V> Page<V> partAsRead(UUID caseId, Caller caller, CasePart<T> part, Function<CaseContent, Condition> filter,
            BiFunction<T, CaseContent, V> view, PageRequest page) {
        Case kase = visible(caseId, caller, AuditAction.READ);
        audited(caller, AuditAction.READ, kase);
        CaseContent content = content(kase, caller);
        return cases.page(part, kase.id(), filter.apply(content), page).map(record -> view.apply(record, content));
    }

    /** The history lines a reader of {@code content} sees: those that tell no content, and those of the categories it reads. */
    private static Condition linesRead(CaseContent content) {
        if (content.whole()) {
            return null;
        }
        List<String> read = new ArrayList<>(CaseContent.codes(content.categories()));
        read.add("");
        return Condition.of("r.dataCategory is null or r.dataCategory in (:readCategories)", Map.of("readCategories", read));
    }

    /**
     * What of {@code kase}'s content the caller (who sees the case) reads (decision 0057): the whole case for the lead
     * agency and the hub's screeners of its area (ARCHITECTURE.md §3), the categories of its agency's memberships for a
     * team member.
     */
    public CaseContent content(Case kase, Caller caller) {
        Reach reach = Reach.of(caller);
        if (reach.through(kase.leadAgency()) || reach.screens(kase.area())) {
            return CaseContent.whole(reach.agency());
        }
        return new CaseContent(false, reach.agency(), reach.agency() == null ? Set.of() : cases.memberCategories(kase, reach.agency()));
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

    /**
     * A case the caller may see and lead (a case lead of the lead agency), to change: 403 if they only see it, 409
     * {@code processing-restricted} if it names a restricted person, before anything is asked or stored.
     */
    public Case led(UUID id, Caller caller, String action) {
        Case kase = visible(id, caller, action);
        if (!CaseAccess.mayLead(caller, kase)) {
            denied(caller, action, kase);
            throw new ForbiddenException("Only a case lead of the lead agency (" + kase.leadAgency() + ") may do this");
        }
        restrictions.requireUnrestricted(kase);
        return kase;
    }

    /**
     * A case the caller may see and work on (a practitioner or case lead of an agency taking part), to change: 403
     * otherwise, 409 {@code processing-restricted} if it names a restricted person.
     */
    public Case worked(UUID id, Caller caller, String action) {
        Case kase = visible(id, caller, action);
        if (!CaseAccess.mayWork(caller, cases.participants(kase))) {
            denied(caller, action, kase);
            throw new ForbiddenException("Only practitioners of the lead agency or of the team may do this");
        }
        restrictions.requireUnrestricted(kase);
        return kase;
    }

    /**
     * Refuses a case naming a restricted person (409 {@code processing-restricted}), checks If-Match (required, or checked
     * when sent), applies the change, records the audit line
     * and writes the new version, so the response carries its ETag; a concurrent change is 412.
     */
    public <T> T change(Case kase, Caller caller, String ifMatch, boolean ifMatchRequired, Function<Actor, T> change) {
        restrictions.requireUnrestricted(kase);
        if (ifMatchRequired) {
            ETags.require(ifMatch, kase.version());
        } else {
            ETags.checkIfSent(ifMatch, kase.version());
        }
        T result;
        try {
            // A feature's query during the change (who takes part, say) may write the case's new version early.
            result = change.apply(Actor.of(caller));
        } catch (OptimisticLockException e) {
            throw changedMeanwhile();
        }
        audited(caller, AuditAction.UPDATE, kase);
        flush();
        return result;
    }

    /** Writes pending changes now; a concurrent change of the same case is 412. */
    public void flush() {
        try {
            cases.flush();
        } catch (OptimisticLockException e) {
            throw changedMeanwhile();
        }
    }

    private static ClientErrorException changedMeanwhile() {
        return new ClientErrorException("The case changed meanwhile; reload it and try again", 412);
    }

    public void audited(Caller caller, String action, Case kase) {
        audit.record(AuditEntry.of(caller).action(action).resource(RESOURCE, kase.id()).people(kase.personIds())
                .purpose(PURPOSE).build());
    }

    /** As {@link #audited(Caller, String, Case)}, for work the service does itself ({@code by}: the consumer). */
    public void auditedBySystem(String by, String action, Case kase) {
        audit.record(AuditEntry.system(by).action(action).resource(RESOURCE, kase.id()).people(kase.personIds())
                .purpose(PURPOSE).build());
    }

    public void denied(Caller caller, String action, Case kase) {
        audit.record(AuditEntry.of(caller).action(action).resource(RESOURCE, kase.id()).purpose(PURPOSE)
                .outcome(AuditOutcome.DENIED).build());
    }

    /** The agencies taking part in the case, lead first ({@link CaseRepository#participants}). */
    public Set<String> participants(Case kase) {
        return cases.participants(kase);
    }

    /** When the first review of a case opened (or reopened) at {@code now} falls due. */
    public LocalDate firstReviewDue(Instant now) {
        return today(now).plus(config.firstReviewAfter());
    }

    public LocalDate today() {
        return today(Instant.now());
    }

    private LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, config.zone());
    }
}
