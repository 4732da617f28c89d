package org.earlyhelp.consent.decision;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;

import org.earlyhelp.consent.consent.ConsentRecords;
import org.earlyhelp.consent.lawfulbasis.LawfulBases;
import org.earlyhelp.consent.participation.PersonAccess;
import org.earlyhelp.consent.participation.Roles;
import org.earlyhelp.consent.sharing.Outcome;
import org.earlyhelp.consent.sharing.SharingQuestion;
import org.earlyhelp.consent.sharing.SharingRules;
import org.earlyhelp.consent.sharing.SharingVerdict;
import org.earlyhelp.platform.audit.AuditAction;
import org.earlyhelp.platform.audit.AuditEntry;
import org.earlyhelp.platform.audit.AuditOutcome;
import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.identity.Caller;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;

/**
 * Answers sharing questions. Reads the person's consents and lawful bases as they stand at this
 * moment (so a withdrawal committed before counts at once), lets {@link SharingRules} decide,
 * and keeps and audits every decision, permit or deny, with its basis and reasons.
 */
@ApplicationScoped
class DecisionService {

    static final String RESOURCE = "sharing-decision";
    static final String PERMIT = "permit";

    private final ConsentRecords consents;
    private final LawfulBases lawfulBases;
    private final SharingDecisionRepository decisions;
    private final PersonAccess access;
    private final AuditTrail audit;

    DecisionService(ConsentRecords consents, LawfulBases lawfulBases, SharingDecisionRepository decisions,
            PersonAccess access, AuditTrail audit) {
        this.consents = consents;
        this.lawfulBases = lawfulBases;
        this.decisions = decisions;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    DecisionView decide(Caller caller, QuestionBody body) {
        SharingQuestion question = body.toQuestion();
        permitAsking(caller, question);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        SharingVerdict verdict = SharingRules.decide(question, consents.termsFor(question.personId()),
                lawfulBases.termsFor(question.personId()), now);
        SharingDecision decision = SharingDecision.taken(question, verdict, caller, now);
        decisions.persist(decision);
        audit.record(AuditEntry.of(caller)
                .action(verdict.outcome() == Outcome.PERMIT ? PERMIT : AuditAction.DENY)
                .resource(RESOURCE, decision.id)
                .person(question.personId())
                .purpose(decision.auditSummary())
                .build());
        return DecisionView.of(decision);
    }

    @Transactional
    DecisionView find(Caller caller, UUID id) {
        SharingDecision decision = decisions.findByIdOptional(id).orElse(null);
        if (decision == null || !(access.mayReadAbout(caller, decision.personId) || caller.belongsTo(decision.askedByAgency))) {
            audit.record(AuditEntry.of(caller).action(AuditAction.READ).resource(RESOURCE, id)
                    .outcome(decision == null ? AuditOutcome.NOT_FOUND : AuditOutcome.DENIED).build());
            throw new NotFoundException("No such sharing decision, or not one you may see");
        }
        audit.record(AuditEntry.of(caller).action(AuditAction.READ).resource(RESOURCE, id).person(decision.personId).build());
        return DecisionView.of(decision);
    }

    @Transactional
    Page<DecisionView> search(Caller caller, UUID person, PageRequest page) {
        var query = decisions.search(person, access.readingLimitedToAgency(caller), page);
        Page<DecisionView> found = new Page<>(query.list().stream().map(DecisionView::of).toList(), page.page(), page.size(),
                query.count());
        AuditEntry.Builder entry = AuditEntry.of(caller).action(AuditAction.LIST).resource(RESOURCE);
        found.items().stream().map(view -> view.question().personId()).distinct().forEach(entry::person);
        audit.record(entry.build());
        return found;
    }

    /**
     * A partner-agency system asks only about its own agency receiving (403 otherwise); a person
     * asks only about people their agency works with, unless triage or a case lead (404 otherwise).
     * case-service's own account ({@code sharing-recheck}) asks again about the members of its cases
     * when a consent ends: no person is signed in then, and the decision is recorded as its.
     */
    private void permitAsking(Caller caller, SharingQuestion question) {
        if (caller.hasRole(Roles.SHARING_RECHECK)) {
            return;
        }
        if (caller.partnerSystem()) {
            boolean ownAgency = caller.belongsTo(question.recipient().agency())
                    && (caller.agencyType() == null || caller.agencyType().equals(question.recipient().agencyType()));
            if (!ownAgency) {
                denied(caller, question, AuditOutcome.DENIED);
                throw new ForbiddenException("A partner system may ask only about its own agency receiving data");
            }
            return;
        }
        if (!access.mayActFor(caller, question.personId())) {
            denied(caller, question, AuditOutcome.DENIED);
            throw new NotFoundException("No person your agency works with has this id");
        }
    }

    private void denied(Caller caller, SharingQuestion question, AuditOutcome outcome) {
        audit.record(AuditEntry.of(caller).action("decide").resource(RESOURCE).person(question.personId())
                .purpose("purpose=" + question.purpose().code() + "; recipient=" + question.recipient().agency())
                .outcome(outcome).build());
    }
}
