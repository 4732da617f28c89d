package org.earlyhelp.cases.transfer;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.earlyhelp.cases.casefile.Case;
import org.earlyhelp.cases.team.Team;
import org.earlyhelp.platform.change.Actor;
import org.earlyhelp.platform.change.IllegalTransition;

/**
 * The requests to hand one case's lead to another agency, oldest first, and their rules: one request waits at a time,
 * only to an agency on the team, and the lead changes only when it is accepted. Each change asks the case what the
 * aggregate guarantees (open, the history line and its version); a new request is handed to {@code requested} to be
 * stored.
 */
public final class Transfers {

    private final Case kase;
    private final List<LeadTransfer> transfers;
    private final Consumer<LeadTransfer> requested;

    Transfers(Case kase, List<LeadTransfer> transfers, Consumer<LeadTransfer> requested) {
        this.kase = kase;
        this.transfers = transfers;
        this.requested = requested;
    }

    /** The lead asks {@code toAgency}, one of {@code participants}, to take the lead; nothing changes until it accepts. */
    public LeadTransfer request(String toAgency, String reason, Set<String> participants, Actor by, Instant now) {
        kase.requireOpen("be transferred");
        if (toAgency.equals(kase.leadAgency())) {
            throw new IllegalTransition(toAgency + " already leads this case");
        }
        if (pending().isPresent()) {
            throw new IllegalTransition("A transfer to " + pending().get().toAgency()
                    + " is waiting for an answer; cancel it before asking another agency");
        }
        if (!participants.contains(toAgency)) {
            throw new IllegalTransition("The lead can pass only to an agency on the team around the family; add " + toAgency
                    + " to the team first (that asks for the family's consent)");
        }
        LeadTransfer transfer = new LeadTransfer(kase, toAgency, reason, by, now);
        transfers.add(transfer);
        requested.accept(transfer);
        kase.record(now, by, "transfer-requested", reason, kase.leadAgency() + " → " + toAgency);
        return transfer;
    }

    /**
     * The receiving agency's case lead accepts: the agency leads and the one who accepted is lead practitioner. The
     * previous lead (of type {@code previousLeadType}) stays on {@code team} until it leaves.
     */
    public LeadTransfer accept(UUID transferId, Team team, String previousLeadType, Actor by, Instant now) {
        kase.requireOpen("be transferred");
        LeadTransfer transfer = transfer(transferId);
        transfer.decide(TransferStatus.ACCEPTED, null, by, now);
        team.leadPasses(transfer.toAgency(), previousLeadType, by, now);
        kase.handLeadTo(transfer.toAgency(), transfer.reason(), by, now);
        return transfer;
    }

    public LeadTransfer decline(UUID transferId, String reason, Actor by, Instant now) {
        LeadTransfer transfer = transfer(transferId);
        transfer.decide(TransferStatus.DECLINED, reason, by, now);
        kase.record(now, by, "transfer-declined", reason, transfer.fromAgency() + " → " + transfer.toAgency());
        return transfer;
    }

    public LeadTransfer cancel(UUID transferId, Actor by, Instant now) {
        LeadTransfer transfer = transfer(transferId);
        transfer.decide(TransferStatus.CANCELLED, null, by, now);
        kase.record(now, by, "transfer-cancelled", null, transfer.fromAgency() + " → " + transfer.toAgency());
        return transfer;
    }

    /** The case closes: a request still waiting is cancelled with it (the closing is the history line). */
    public void caseClosing(Actor by, Instant now) {
        pending().ifPresent(transfer -> transfer.decide(TransferStatus.CANCELLED, null, by, now));
    }

    /** The request waiting for an answer, if any. */
    public Optional<LeadTransfer> pending() {
        return transfers.stream().filter(transfer -> transfer.status() == TransferStatus.REQUESTED).findFirst();
    }

    public Optional<LeadTransfer> find(UUID transferId) {
        return transfers.stream().filter(transfer -> transfer.id().equals(transferId)).findFirst();
    }

    /** Oldest first. */
    public List<LeadTransfer> all() {
        return Collections.unmodifiableList(transfers);
    }

    private LeadTransfer transfer(UUID transferId) {
        return find(transferId).orElseThrow(() -> new IllegalTransition("No transfer " + transferId + " on this case"));
    }
}
