package org.earlyhelp.referral.alert;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.earlyhelp.platform.access.Reach;
import org.earlyhelp.platform.identity.CurrentCaller;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;

/** Cumulative-concern alerts for the hub's areas. */
@Path("/api/alerts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Reach.HUB_TRIAGE)
class AlertResource {

    private final CumulativeConcern alerts;
    private final CurrentCaller caller;

    AlertResource(CumulativeConcern alerts, CurrentCaller caller) {
        this.alerts = alerts;
        this.caller = caller;
    }

    @GET
    public Page<ConcernAlertView> listAlerts(@QueryParam("status") @Pattern(regexp = "open|acknowledged") String status,
            @BeanParam @Valid PageRequest page) {
        return alerts.list(caller.get(), status, page);
    }

    @POST
    @Path("{id}/acknowledge")
    @Consumes(MediaType.APPLICATION_JSON)
    public ConcernAlertView acknowledgeAlert(@PathParam("id") UUID id, @Valid Acknowledgement acknowledgement) {
        return alerts.acknowledge(id, acknowledgement, caller.get());
    }
}
