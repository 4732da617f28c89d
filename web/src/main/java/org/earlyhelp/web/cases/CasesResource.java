package org.earlyhelp.web.cases;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.earlyhelp.web.pages.JsonValues;
import org.earlyhelp.web.gateway.ApiResponse;
import org.earlyhelp.web.gateway.Gateway;
import org.earlyhelp.web.pages.ApiPages;
import org.earlyhelp.web.pages.Query;
import org.earlyhelp.web.referrals.Ids;

import com.fasterxml.jackson.databind.node.MissingNode;

import io.quarkus.qute.Template;

/**
 * The caseload (my cases, or my agency's: lead or team) and a case's overview: family, team, needs, the family plan,
 * reviews and closure, as case-service lets this person see them; the changes are {@link CaseWorkResource}'s.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class CasesResource {

    private final Gateway gateway;
    private final Template caseload;
    private final Template caseOverview;
    private final Template caseloadActions;
    private final Template caseloadAlerts;
    private final Template caseloadTransfers;
    private final Template error;

    CasesResource(Gateway gateway, Template caseload, Template caseOverview, Template caseloadActions, Template caseloadAlerts,
            Template caseloadTransfers, Template error) {
        this.gateway = gateway;
        this.caseload = caseload;
        this.caseOverview = caseOverview;
        this.caseloadActions = caseloadActions;
        this.caseloadAlerts = caseloadAlerts;
        this.caseloadTransfers = caseloadTransfers;
        this.error = error;
    }

    /** How far ahead "actions due" looks, in days, with its words. */
    private static final Map<String, String> WITHIN = new LinkedHashMap<>();

    static {
        WITHIN.put("7", "7 days");
        WITHIN.put("28", "4 weeks");
        WITHIN.put("90", "3 months");
        WITHIN.put("366", "a year");
    }

    /** The actions of the person's agency due soon or overdue, on open cases: the agency's to-do list. */
    @GET
    @Path("caseload/actions")
    public Response actionsDue(@QueryParam("within") String within, @QueryParam("page") Integer page) {
        String days = WITHIN.containsKey(within) ? within : "28";
        return listed(caseloadActions, Query.of().with("within", days), "/api/caseload/actions", page,
                template -> template.data("within", days).data("withinOptions", WITHIN));
    }

    /** Open alerts on the cases the person's agency leads (a consent withdrawn or expired). */
    @GET
    @Path("caseload/alerts")
    public Response alerts(@QueryParam("acknowledged") String acknowledged, @QueryParam("page") Integer page) {
        return listed(caseloadAlerts, Query.of(), "/api/caseload/alerts", page,
                template -> template.data("acknowledged", acknowledged != null));
    }

    /** Transfers of the lead offered to the person's agency, waiting for its answer. */
    @GET
    @Path("caseload/transfers")
    public Response transfersWaiting(@QueryParam("page") Integer page) {
        return listed(caseloadTransfers, Query.of(), "/api/caseload/transfers", page, template -> template);
    }

    private Response listed(Template template, Query query, String api, Integer page,
            java.util.function.UnaryOperator<io.quarkus.qute.TemplateInstance> more) {
        int current = page == null || page < 1 ? 1 : page;
        ApiResponse answer = gateway.get(query.with("page", current - 1).with("size", 20).on(api));
        if (!answer.ok()) {
            return ApiPages.problem(error, answer, "/caseload");
        }
        long total = answer.body().path("total").asLong();
        return Response.ok(more.apply(template.data("items", JsonValues.value(answer.body().path("items"))).data("total", total)
                .data("current", current).data("last", (int) Math.max(1, (total + 19) / 20)))).build();
    }

    @GET
    @Path("caseload")
    public Response caseload(@QueryParam("scope") String scope, @QueryParam("status") String status, @QueryParam("page") Integer page) {
        String whose = "mine".equals(scope) ? "mine" : "agency";
        String which = "closed".equals(status) || "all".equals(status) ? status : "open";
        int current = page == null || page < 1 ? 1 : page;
        ApiResponse answer = gateway.get(Query.of().with("scope", whose).with("status", which).with("page", current - 1)
                .with("size", 20).on("/api/caseload"));
        if (!answer.ok()) {
            return ApiPages.problem(error, answer, "/");
        }
        long total = answer.body().path("total").asLong();
        return Response.ok(caseload.data("items", JsonValues.value(answer.body().path("items"))).data("total", total).data("scope", whose)
                .data("status", which).data("current", current).data("last", (int) Math.max(1, (total + 19) / 20))).build();
    }

    @GET
    @Path("cases/{id}")
    public Response overview(@PathParam("id") String id, @QueryParam("done") String done, @QueryParam("joined") String joined) {
        if (!Ids.isUuid(id)) {
            return ApiPages.problem(error, new ApiResponse(404, MissingNode.getInstance(), Optional.empty(), Optional.empty()),
                    "/caseload");
        }
        ApiResponse answer = gateway.get("/api/cases/" + id);
        if (!answer.ok()) {
            return ApiPages.problem(error, answer, "/caseload");
        }
        String message = joined != null && joined.matches("[a-z0-9][a-z0-9-]{1,62}")
                ? "The consent check permitted sharing with " + joined + " for every family member: " + joined
                        + " is on the team around the family."
                : CaseLeadResource.DONE.getOrDefault(done == null ? "" : done,
                        CaseWorkResource.DONE.getOrDefault(done == null ? "" : done, ""));
        return Response.ok(caseOverview.data("kase", FamilyNames.filledIn(gateway, answer.body())).data("etag", answer.etag().orElse(""))
                .data("message", message)).build();
    }
}
