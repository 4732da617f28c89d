package org.earlyhelp.cases.caseload;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.earlyhelp.cases.alert.AlertService;
import org.earlyhelp.cases.alert.CaseAlertView;
import org.earlyhelp.cases.casefile.CaseStatus;
import org.earlyhelp.cases.casepage.CaseSummary;
import org.earlyhelp.cases.plan.ActionView;
import org.earlyhelp.cases.transfer.TransferView;
import org.earlyhelp.platform.identity.CurrentCaller;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A practitioner's caseload: my cases, my agency's cases, plan actions due, alerts and transfers waiting for us. */
@Path("/api/caseload")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Caseload", description = "What a practitioner and their agency have on: cases, actions due, alerts, transfers")
class CaseloadResource {

    private final Caseload caseload;
    private final AlertService alerts;
    private final CurrentCaller caller;

    CaseloadResource(Caseload caseload, AlertService alerts, CurrentCaller caller) {
        this.caseload = caseload;
        this.alerts = alerts;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "My cases, or my agency's",
            description = """
                    `scope=mine` (default): open cases I am lead practitioner of. `scope=agency`: open cases my agency leads or \
                    is on the team of (for the hub's screeners, also the cases of their areas). `status=closed` or `all` for \
                    others. Each summary shows overdue actions and reviews.""")
    @APIResponse(responseCode = "200", description = "A page of cases, newest first")
    @APIResponse(responseCode = "400", description = "Unknown scope or status")
    public Page<CaseSummary> myCaseload(
            @Parameter(description = "`mine` or `agency`") @QueryParam("scope") @DefaultValue("mine")
            @Pattern(regexp = "mine|agency", message = "must be mine or agency") String scope,
            @Parameter(description = "`open`, `closed` or `all`") @QueryParam("status") @DefaultValue("open")
            @Pattern(regexp = "open|closed|all", message = "must be open, closed or all") String status,
            @BeanParam @Valid PageRequest page) {
        return caseload.cases(caller.get(), scope.equals("mine"), status.equals("all") ? null : CaseStatus.of(status), page);
    }

    @GET
    @Path("actions")
    @Operation(summary = "Plan actions my agency owns that are overdue or due soon", description = "On open cases I may see, earliest first.")
    @APIResponse(responseCode = "200", description = "A page of actions, each with `overdue`, by due date (then id)")
    public Page<ActionView> actionsDue(
            @Parameter(description = "Include actions due within this many days") @QueryParam("within") @DefaultValue("14")
            @Min(0) @Max(366) int within,
            @BeanParam @Valid PageRequest page) {
        return caseload.actionsDue(caller.get(), within, page);
    }

    @GET
    @Path("alerts")
    @Operation(summary = "Open alerts on cases my agency leads", description = "E.g. a member lost access when a consent was withdrawn.")
    @APIResponse(responseCode = "200", description = "A page of open alerts, oldest first")
    public Page<CaseAlertView> openAlerts(@BeanParam @Valid PageRequest page) {
        return alerts.openForLead(caller.get(), page);
    }

    @GET
    @Path("transfers")
    @Operation(summary = "Requests for my agency to take the lead of a case", description = "Waiting for a case lead of my agency to accept or decline.")
    @APIResponse(responseCode = "200", description = "A page of pending transfer requests, oldest first (by time requested, then id)")
    public Page<TransferView> incomingTransfers(@BeanParam @Valid PageRequest page) {
        return caseload.incomingTransfers(caller.get(), page);
    }
}
