package org.earlyhelp.cases.alert;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.earlyhelp.cases.casefile.Case;
import org.earlyhelp.cases.casefile.CaseService;
import org.earlyhelp.platform.access.Condition;
import org.earlyhelp.platform.access.Reach;
import org.earlyhelp.platform.access.Records;
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
    private final Records records;

    AlertService(AlertRepository alerts, CaseService cases, Records records) {
        this.alerts = alerts;
        this.cases = cases;
        this.records = records;
    }

    /** Raises an alert in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CaseAlert raise(CaseAlert alert) {
        alerts.persist(alert);
        return alert;
    }

    @Transactional
    public List<CaseAlertView> onCase(UUID caseId, Caller caller) {
        Case kase = cases.visible(caseId, caller, AuditAction.READ);
        cases.audited(caller, AuditAction.READ, kase);
        return alerts.find("caseId", Sort.ascending("raisedAt").and("id"), caseId).list().stream().map(CaseAlertView::of).toList();
    }

    @Transactional
    public CaseAlertView acknowledge(UUID caseId, UUID alertId, Caller caller) {
        Case kase = cases.led(caseId, caller, AuditAction.UPDATE);
        CaseAlert alert = alerts.findByIdOptional(alertId).filter(found -> found.caseId().equals(kase.id()))
                .orElseThrow(() -> new NotFoundException("No alert " + alertId + " on this case"));
        alert.acknowledge(caller.username(), Instant.now());
        cases.audited(caller, AuditAction.UPDATE, kase);
        return CaseAlertView.of(alert);
    }

    /**
     * Open alerts on the cases the caller's agency leads, oldest first: of the alerts the caller may see
     * ({@link AlertVisibility}), those whose case its agency leads through a working role.
     */
    @Transactional
    public Page<CaseAlertView> openForLead(Caller caller, PageRequest page) {
        Condition ledByMyAgency = Condition.of("r.acknowledgedAt is null and r.caseId in (select l.id from EarlyHelpCase l"
                + " where l.leadAgency = :leadAgency)", Map.of("leadAgency", Reach.of(caller).agencyOrNone()));
        return records.page(caller, AlertVisibility.ALERTS, ledByMyAgency, "r.raisedAt, r.id", page).map(CaseAlertView::of);
    }
}
