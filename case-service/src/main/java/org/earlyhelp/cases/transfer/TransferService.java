package org.earlyhelp.cases.transfer;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;

import org.earlyhelp.cases.casefile.Case;
import org.earlyhelp.cases.casefile.CaseAccess;
import org.earlyhelp.cases.casefile.CaseEvents;
import org.earlyhelp.cases.casefile.CasePart;
import org.earlyhelp.cases.casefile.CaseService;
import org.earlyhelp.cases.casefile.Changed;
import org.earlyhelp.cases.casefile.Reason;
import org.earlyhelp.cases.team.TeamService;
import org.earlyhelp.platform.access.Records;
import org.earlyhelp.platform.agency.Agency;
import org.earlyhelp.platform.agency.AgencyRegister;
import org.earlyhelp.platform.audit.AuditAction;
import org.earlyhelp.platform.identity.Caller;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;

/**
 * Handing the lead to another agency: the lead's case lead asks, the receiving agency's case lead
 * accepts or declines. The lead changes only on acceptance; every request and answer is kept.
 */
@ApplicationScoped
public class TransferService {

    /** Oldest request first. */
    private static final CasePart<LeadTransfer> TRANSFERS = new CasePart<>(LeadTransfer.class, "r.parent.id", "r.requestedAt, r.id");

    private final CaseService cases;
    private final TransferRepository transfers;
    private final TeamService team;
    private final CaseEvents events;
    private final AgencyRegister agencies;
    private final Records records;

    TransferService(CaseService cases, TransferRepository transfers, TeamService team, CaseEvents events, AgencyRegister agencies,
            Records records) {
        this.cases = cases;
        this.transfers = transfers;
        this.team = team;
        this.events = events;
        this.agencies = agencies;
        this.records = records;
    }

    /** The transfer requests of {@code kase} (a case the caller already found), oldest first. */
    public Transfers of(Case kase) {
        return transfers.of(kase);
    }

    @Transactional
    public Page<TransferView> transfers(UUID caseId, Caller caller, PageRequest page) {
        return cases.part(caseId, caller, TRANSFERS, null, page).map(TransferView::of);
    }

    @Transactional
    public Changed<TransferView> request(UUID caseId, NewTransfer body, Caller caller, String ifMatch) {
        Case kase = cases.led(caseId, caller, AuditAction.UPDATE);
        Transfers requests = transfers.of(kase);
        LeadTransfer transfer = cases.change(kase, caller, ifMatch, false,
                by -> requests.request(body.toAgency(), body.reason(), cases.participants(kase), by, Instant.now()));
        return Changed.of(TransferView.of(transfer), kase);
    }

    @Transactional
    public Changed<TransferView> accept(UUID caseId, UUID transferId, Caller caller, String ifMatch) {
        Case kase = receiving(caseId, transferId, caller);
        LeadTransfer transfer = cases.change(kase, caller, ifMatch, true, by -> {
            String previousLeadType = agencies.find(kase.leadAgency()).map(Agency::type).orElse("unknown");
            LeadTransfer accepted = transfers.of(kase).accept(transferId, team.of(kase), previousLeadType, by, Instant.now());
            events.transferred(kase, accepted.fromAgency(), accepted.toAgency());
            return accepted;
        });
        return Changed.of(TransferView.of(transfer), kase);
    }

    @Transactional
    public Changed<TransferView> decline(UUID caseId, UUID transferId, Reason reason, Caller caller, String ifMatch) {
        Case kase = receiving(caseId, transferId, caller);
        LeadTransfer transfer = cases.change(kase, caller, ifMatch, true,
                by -> transfers.of(kase).decline(transferId, reason.reason(), by, Instant.now()));
        return Changed.of(TransferView.of(transfer), kase);
    }

    @Transactional
    public Changed<TransferView> cancel(UUID caseId, UUID transferId, Caller caller, String ifMatch) {
        Case kase = cases.led(caseId, caller, AuditAction.UPDATE);
        Transfers requests = transfers.of(kase);
        requests.find(transferId).orElseThrow(() -> new NotFoundException("No transfer " + transferId + " on this case"));
        LeadTransfer transfer = cases.change(kase, caller, ifMatch, true, by -> requests.cancel(transferId, by, Instant.now()));
        return Changed.of(TransferView.of(transfer), kase);
    }

    /**
     * The case of a transfer the caller may see ({@link TransferVisibility}: 404 otherwise), if the caller is a case lead
     * of the agency the transfer is offered to (403 otherwise).
     */
    private Case receiving(UUID caseId, UUID transferId, Caller caller) {
        LeadTransfer transfer = records.find(caller, TransferVisibility.TRANSFERS, transferId, AuditAction.UPDATE);
        Case kase = transfer.parent();
        if (!kase.id().equals(caseId)) {
            throw new NotFoundException("No transfer " + transferId + " on this case");
        }
        if (!caller.hasRole(CaseAccess.CASE_LEAD) || !caller.belongsTo(transfer.toAgency())) {
            cases.denied(caller, AuditAction.UPDATE, kase);
            throw new ForbiddenException("Only a case lead of " + transfer.toAgency() + " may answer this transfer request");
        }
        return kase;
    }
}
