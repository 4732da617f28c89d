package org.earlyhelp.cases.transfer;

import java.util.ArrayList;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.cases.casefile.Case;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The requests to hand the cases' lead on, stored beside each case. */
@ApplicationScoped
class TransferRepository implements PanacheRepositoryBase<LeadTransfer, UUID> {

    /** The transfer requests of {@code kase}, oldest first; new ones are stored here. */
    Transfers of(Case kase) {
        return new Transfers(kase, new ArrayList<>(list("parent.id = ?1 order by requestedAt, id", kase.id())), this::persist);
    }
}
