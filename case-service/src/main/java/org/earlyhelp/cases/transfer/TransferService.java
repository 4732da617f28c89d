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
import org.earlyhelp.cases.casefile.CaseView;
import org.earlyhelp.cases.casefile.Changed;
import org.earlyhelp.cases.casefile.LeadTransfer;
import org.earlyhelp.cases.casefile.Reason;
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

    private final CaseService cases;
    private final CaseEvents events;
    private final AgencyRegister agencies;
    private final Records records;

    TransferService(CaseService cases, CaseEvents events, AgencyRegister agencies, Records records) {
        this.cases = cases;
        this.events = events;
        this.agencies = agencies;
        this.records = records;
    }

    @Transactional
    public Page<CaseView.TransferView> transfers(UUID caseId, Caller caller, PageRequest page) {
        return cases.part(caseId, caller, CasePart.TRANSFERS, null, page).map(CaseView.TransferView::of);
    }

    @Transactional
    public Changed<CaseView.TransferView> request(UUID caseId, NewTransfer body, Caller caller, String ifMatch) {
        Case kase = cases.led(caseId, caller, AuditAction.UPDATE);
        LeadTransfer transfer = cases.change(kase, caller, ifMatch, false,
                by -> kase.requestTransfer(body.toAgency(), body.reason(), by, Instant.now()));
        return Changed.of(CaseView.TransferView.of(transfer), kase);
    }

    @Transactional
    public Changed<CaseView.TransferView> accept(UUID caseId, UUID transferId, Caller caller, String ifMatch) {
        Case kase = receiving(caseId, transferId, caller);
        LeadTransfer transfer = cases.change(kase, caller, ifMatch, true, by -> {
            String previousLeadType = agencies.find(kase.leadAgency()).map(Agency::type).orElse("unknown");
            LeadTransfer accepted = kase.acceptTransfer(transferId, previousLeadType, by, Instant.now());
            events.transferred(kase, accepted);
            return accepted;
        });
        return Changed.of(CaseView.TransferView.of(transfer), kase);
    }

    @Transactional
    public Changed<CaseView.TransferView> decline(UUID caseId, UUID transferId, Reason reason, Caller caller, String ifMatch) {
        Case kase = receiving(caseId, transferId, caller);
        LeadTransfer transfer = cases.change(kase, caller, ifMatch, true,
                by -> kase.declineTransfer(transferId, reason.reason(), by, Instant.now()));
        return Changed.of(CaseView.TransferView.of(transfer), kase);
    }

    @Transactional
    public Changed<CaseView.TransferView> cancel(UUID caseId, UUID transferId, Caller caller, String ifMatch) {
        Case kase = cases.led(caseId, caller, AuditAction.UPDATE);
        transferOn(kase, transferId);
        LeadTransfer transfer = cases.change(kase, caller, ifMatch, true, by -> kase.cancelTransfer(transferId, by, Instant.now()));
        return Changed.of(CaseView.TransferView.of(transfer), kase);
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

    private static LeadTransfer transferOn(Case kase, UUID transferId) {
        return kase.transfers().stream().filter(transfer -> transfer.id().equals(transferId)).findFirst()
                .orElseThrow(() -> new NotFoundException("No transfer " + transferId + " on this case"));
    }
}
