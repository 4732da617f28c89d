package org.earlyhelp.cases.alert;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.earlyhelp.cases.casefile.Case;
import org.earlyhelp.cases.casefile.CaseService;
import org.earlyhelp.platform.audit.AuditAction;
import org.earlyhelp.platform.identity.Caller;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;

import io.quarkus.panache.common.Sort;

/** Case alerts: raised by the service (a consumer), read by anyone who sees the case, acknowledged by its lead. */
@ApplicationScoped
public class AlertService {

    private final AlertRepository alerts;
    private final CaseService cases;

    AlertService(AlertRepository alerts, CaseService cases) {
        this.alerts = alerts;
        this.cases = cases;
    }

    /** Raises an alert in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CaseAlert raise(CaseAlert alert) {
        alerts.persist(alert);
        return alert;
    }

    @Transactional
    public List<AlertView> onCase(UUID caseId, Caller caller) {
        Case kase = cases.visible(caseId, caller, AuditAction.READ);
        cases.audited(caller, AuditAction.READ, kase);
        return alerts.find("caseId", Sort.ascending("raisedAt").and("id"), caseId).list().stream().map(AlertView::of).toList();
    }

    @Transactional
    public AlertView acknowledge(UUID caseId, UUID alertId, Caller caller) {
        Case kase = cases.led(caseId, caller, AuditAction.UPDATE);
        CaseAlert alert = alerts.findByIdOptional(alertId).filter(found -> found.caseId().equals(kase.id()))
                .orElseThrow(() -> new NotFoundException("No alert " + alertId + " on this case"));
        alert.acknowledge(caller.username(), Instant.now());
        cases.audited(caller, AuditAction.UPDATE, kase);
        return AlertView.of(alert);
    }

    /** Open alerts on the open cases the caller's agency leads, oldest first. */
    @Transactional
    public Page<AlertView> openForLead(Caller caller, PageRequest page) {
        String query = "acknowledgedAt is null and caseId in (select c.id from EarlyHelpCase c where c.leadAgency = ?1)";
        var found = alerts.find(query, Sort.ascending("raisedAt").and("id"), caller.agency()).page(page.page(), page.size());
        return new Page<>(found.list().stream().map(AlertView::of).toList(), page.page(), page.size(), found.count());
    }
}
