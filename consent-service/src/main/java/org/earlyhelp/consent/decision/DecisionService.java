package org.earlyhelp.consent.decision;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;

import org.earlyhelp.consent.consent.ConsentRecords;
import org.earlyhelp.consent.dataprotection.Restrictions;
import org.earlyhelp.consent.lawfulbasis.LawfulBases;
import org.earlyhelp.consent.participation.PersonReach;
import org.earlyhelp.consent.participation.Roles;
import org.earlyhelp.consent.sharing.Outcome;
import org.earlyhelp.consent.sharing.SharingQuestion;
import org.earlyhelp.consent.sharing.SharingRules;
import org.earlyhelp.consent.sharing.SharingVerdict;
import org.earlyhelp.platform.access.Condition;
import org.earlyhelp.platform.access.Records;
import org.earlyhelp.platform.agency.Agency;
import org.earlyhelp.platform.agency.AgencyRegister;
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
 * and keeps and audits every decision, permit or deny, with its basis and reasons. The recipient's
 * type is the agency register's, never the asker's word. Decisions are read by this context's
 * rule ({@link DecisionVisibility}).
 */
@ApplicationScoped
class DecisionService {

    static final String RESOURCE = "sharing-decision";
    static final String PERMIT = "permit";
    static final String ASK = "decide";

    private final ConsentRecords consents;
    private final LawfulBases lawfulBases;
    private final SharingDecisionRepository decisions;
    private final PersonReach persons;
    private final AgencyRegister register;
    private final Records records;
    private final AuditTrail audit;
    private final DecisionVisibility visibility;
    private final Restrictions restrictions;

    DecisionService(ConsentRecords consents, LawfulBases lawfulBases, SharingDecisionRepository decisions, PersonReach persons,
            AgencyRegister register, Records records, AuditTrail audit, Restrictions restrictions) {
        this.consents = consents;
        this.lawfulBases = lawfulBases;
        this.decisions = decisions;
        this.persons = persons;
        this.register = register;
        this.records = records;
        this.audit = audit;
        this.visibility = new DecisionVisibility(persons);
        this.restrictions = restrictions;
    }

    @Transactional
    DecisionView decide(Caller caller, QuestionBody body) {
        permitAsking(caller, body);
        Agency recipient = register.find(body.recipient().agency()).filter(agency -> agency.type() != null)
                .orElseThrow(() -> new ClientErrorException("recipient.agency: no agency with code '" + body.recipient().agency()
                        + "' in the agency register", 422));
        SharingQuestion question = body.toQuestion(recipient.type());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        SharingVerdict verdict = SharingRules.decide(question, consents.termsFor(question.personId()),
                lawfulBases.termsFor(question.personId()), restrictions.restricts(question.personId()), now);
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
        return DecisionView.of(records.read(caller, visibility, id));
    }

    @Transactional
    Page<DecisionView> search(Caller caller, UUID person, PageRequest page) {
        Condition filter = person == null ? null : Condition.of("r.personId = :person", Map.of("person", person));
        return records.page(caller, visibility, filter, "r.decidedAt desc, r.id", page).map(DecisionView::of);
    }

    /**
     * Who may ask (README): whoever reaches the person, a partner-agency system only about its own
     * agency receiving, and the accounts of case-service and referral-service ({@code sharing-recheck}),
     * which ask again about the members of a case when a consent ends, or about a waiting onward referral
     * when a consent changes (no person is signed in then; the decision is recorded as theirs). Anyone else is told the person is not found, never a {@code deny} that
     * would tell it a consent exists.
     */
    private void permitAsking(Caller caller, QuestionBody body) {
        if (caller.hasRole(Roles.SHARING_RECHECK) && !caller.partnerSystem()) {
            return;
        }
        boolean aboutItself = !caller.partnerSystem() || caller.belongsTo(body.recipient().agency());
        if (!aboutItself || !persons.reaches(caller, body.personId())) {
            audit.record(AuditEntry.of(caller).action(ASK).resource(RESOURCE).person(body.personId())
                    .purpose("purpose=" + body.purpose().code() + "; recipient=" + body.recipient().agency())
                    .outcome(AuditOutcome.DENIED).build());
            throw new NotFoundException("No person your agency works with has this id");
        }
    }
}
