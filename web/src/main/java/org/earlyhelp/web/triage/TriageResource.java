package org.earlyhelp.web.triage;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.earlyhelp.web.pages.JsonValues;
import org.earlyhelp.web.gateway.ApiResponse;
import org.earlyhelp.web.gateway.Gateway;
import org.earlyhelp.web.pages.Answers;
import org.earlyhelp.web.pages.ApiPages;
import org.earlyhelp.web.pages.Labels;
import org.earlyhelp.web.pages.Query;
import org.earlyhelp.web.referrals.Ids;
import org.earlyhelp.web.referrals.ReferralPage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.qute.Template;

/**
 * The hub's triage: the queue (deadline order, overdue and immediate-risk flags, open cumulative-concern alerts), and
 * the actions on a referral's page: confirm or reject a "known to services" candidate, and the decision (accept with
 * a lead agency, signpost to directory services, escalate, no further action), each with its reason.
 */
@Path("/triage")
@Produces(MediaType.TEXT_HTML)
class TriageResource {

    private static final List<String> DECISIONS = List.of("accept", "signpost", "escalate", "close-with-no-further-action");

    private final Gateway gateway;
    private final ObjectMapper json;
    private final ReferralPage referralPage;
    private final Template triage;
    private final Template error;

    TriageResource(Gateway gateway, ObjectMapper json, ReferralPage referralPage, Template triage, Template error) {
        this.gateway = gateway;
        this.json = json;
        this.referralPage = referralPage;
        this.triage = triage;
        this.error = error;
    }

    @GET
    public Response queue(@QueryParam("page") Integer page) {
        int current = page == null || page < 1 ? 1 : page;
        ApiResponse queue = gateway.get(Query.of().with("page", current - 1).with("size", 20).on("/api/triage-queue"));
        if (!queue.ok()) {
            return ApiPages.problem(error, queue, "/");
        }
        ApiResponse alerts = gateway.get("/api/alerts?status=open");
        long total = queue.body().path("total").asLong();
        return Response.ok(triage.data("items", JsonValues.value(queue.body().path("items"))).data("total", total).data("current", current)
                .data("last", (int) Math.max(1, (total + 19) / 20))
                .data("alerts", JsonValues.value(alerts.ok() ? alerts.body().path("items") : com.fasterxml.jackson.databind.node.MissingNode.getInstance())))
                .build();
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        if (!Ids.isUuid(id)) {
            return referralPage.render(id, "", new Answers(), new Answers(), 404, null);
        }
        Answers form = Answers.from(posted, List.of("decision", "leadAgency", "reason", "etag", "serviceSearch"));
        List<String> services = posted.getOrDefault("services", List.of()).stream().filter(Ids::isUuid).toList();
        Answers errors = new Answers();
        String decision = form.get("decision");
        if (!DECISIONS.contains(decision)) {
            errors.put("decision", "Select a decision");
        }
        if (decision.equals("accept") && !form.get("leadAgency").matches("[a-z0-9][a-z0-9-]{1,62}")) {
            errors.put("leadAgency", "Enter the code of the agency that will lead the case, for example northshire-health-visiting");
        }
        if (decision.equals("signpost") && services.isEmpty()) {
            errors.put("services", "Search the directory and select at least one service");
        }
        if (!decision.equals("accept") && DECISIONS.contains(decision) && !form.has("reason")) {
            errors.put("reason", "Give the reason for the decision");
        }
        if (!errors.summary().isEmpty()) {
            return referralPage.render(id, form.get("serviceSearch"), form, errors, 400, null);
        }
        String etag = form.get("etag");
        ApiResponse current = gateway.get("/api/referrals/" + id);
        if (!current.ok()) {
            return ApiPages.problem(error, current, "/triage");
        }
        if (!etag.isEmpty() && !etag.equals(current.etag().orElse(""))) {
            return ApiPages.problem(error, conflict(412), "/referrals/" + id);
        }
        etag = current.etag().orElse("");
        if (current.body().path("status").asText().equals("submitted") && !decision.equals("escalate")) {
            ApiResponse started = gateway.post("/api/referrals/" + id + "/triage", json.createObjectNode(), Map.of("If-Match", etag));
            if (!started.ok()) {
                return ApiPages.problem(error, started, "/referrals/" + id);
            }
            etag = started.etag().orElseGet(() -> gateway.get("/api/referrals/" + id).etag().orElse(""));
        }
        ObjectNode body = json.createObjectNode();
        if (form.has("reason")) {
            body.put("reason", form.get("reason"));
        }
        switch (decision) {
            case "accept" -> body.put("leadAgency", form.get("leadAgency"));
            case "signpost" -> {
                var list = body.putArray("services");
                services.forEach(service -> list.addObject().put("serviceId", service));
            }
            default -> {
            }
        }
        ApiResponse decided = gateway.post("/api/referrals/" + id + "/" + decision, body, Map.of("If-Match", etag));
        if (decision.equals("accept") && decided.status() == 409 && decided.body().path("refusals").size() > 0) {
            return referralPage.render(id, form.get("serviceSearch"), form,
                    new Answers().put("leadAgency", consentRefusal(form.get("leadAgency"), current.body(), decided)), 409, null);
        }
        if (decided.status() == 400 || decided.status() == 422) {
            Answers apiErrors = new Answers();
            decided.violations().forEach(v -> apiErrors.put(fieldOf(v.field()), v.message()));
            if (apiErrors.summary().isEmpty()) {
                apiErrors.put(decision.equals("accept") ? "leadAgency" : "decision", decided.problemDetail());
            }
            return referralPage.render(id, form.get("serviceSearch"), form, apiErrors, decided.status(), null);
        }
        if (!decided.ok()) {
            return ApiPages.problem(error, decided, "/referrals/" + id);
        }
        return Response.seeOther(URI.create("/referrals/" + id + "?decided=" + decision)).build();
    }

    @POST
    @Path("{id}/matches/{match}/{verdict:confirm|reject}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response match(@PathParam("id") String id, @PathParam("match") String match, @PathParam("verdict") String verdict,
            MultivaluedMap<String, String> posted) {
        if (!Ids.isUuid(id) || !Ids.isUuid(match)) {
            return referralPage.render(id, "", new Answers(), new Answers(), 404, null);
        }
        ApiResponse answer = gateway.post("/api/referrals/" + id + "/matches/" + match + "/" + verdict, json.createObjectNode(),
                Map.of());
        if (!answer.ok()) {
            return ApiPages.problem(error, answer, "/referrals/" + id);
        }
        return Response.seeOther(URI.create("/referrals/" + id + "?decided=match-" + verdict)).build();
    }

    @POST
    @Path("alerts/{alert}/acknowledge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response acknowledge(@PathParam("alert") String alert, MultivaluedMap<String, String> posted) {
        if (!Ids.isUuid(alert)) {
            return ApiPages.problem(error, conflict(404), "/triage");
        }
        ObjectNode body = json.createObjectNode();
        String note = posted.getFirst("note");
        if (note != null && !note.isBlank()) {
            body.put("note", note.trim());
        }
        ApiResponse answer = gateway.post("/api/alerts/" + alert + "/acknowledge", body, Map.of());
        if (!answer.ok()) {
            return ApiPages.problem(error, answer, "/triage");
        }
        return Response.seeOther(URI.create("/triage")).build();
    }

    /**
     * consent-service's deny, in words: the referral was not accepted and nothing went to the lead agency; for whom it is
     * not permitted and why, and what the hub does next.
     */
    private static String consentRefusal(String lead, JsonNode referral, ApiResponse refused) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String people : List.of("children", "household")) {
            referral.path(people).forEach(person -> names.put(person.path("personId").asText(),
                    (person.path("firstName").asText("") + " " + person.path("lastName").asText("")).trim()));
        }
        List<String> refusals = new ArrayList<>();
        for (JsonNode refusal : refused.body().path("refusals")) {
            List<String> reasons = new ArrayList<>();
            refusal.path("reasons").forEach(reason -> reasons.add(Labels.reason(reason.asText())));
            String name = names.getOrDefault(refusal.path("personId").asText(), "");
            refusals.add((name.isEmpty() ? "A family member" : name) + " (" + String.join("; ", reasons) + ")");
        }
        return "The family's consent does not yet allow sharing this referral with " + lead + ", so it was not accepted and"
                + " nothing was shared; it stays in triage. Not permitted for: " + String.join(", ", refusals) + ". Record the"
                + " family's consent (or, where the law allows, a lawful basis) for " + lead + " for an early help assessment,"
                + " then accept again.";
    }

    private static String fieldOf(String apiField) {
        if (apiField == null) {
            return "decision";
        }
        for (String field : new ArrayList<>(List.of("leadAgency", "reason", "services"))) {
            if (apiField.contains(field)) {
                return field;
            }
        }
        return "decision";
    }

    private static ApiResponse conflict(int status) {
        return new ApiResponse(status, com.fasterxml.jackson.databind.node.MissingNode.getInstance(), Optional.empty(),
                Optional.empty());
    }
}
