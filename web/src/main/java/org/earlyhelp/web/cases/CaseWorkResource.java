package org.earlyhelp.web.cases;

import java.net.URI;
import java.time.LocalDate;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.earlyhelp.web.gateway.ApiResponse;
import org.earlyhelp.web.gateway.Gateway;
import org.earlyhelp.web.pages.Answers;
import org.earlyhelp.web.pages.JsonValues;
import org.earlyhelp.web.pages.Labels;
import org.earlyhelp.web.pages.Query;
import org.earlyhelp.web.pages.UkDates;
import org.earlyhelp.web.referrals.Ids;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/**
 * Work on a case, each change a question page of its own: take the lead, add an agency to the team around the family
 * (case-service asks consent-service about every family member first; the page shows its answer), the family plan's
 * actions and their progress, notes (restricted ones marked), reviews, closure with an outcome per need, reopening.
 * Every change is the case API's, with the person's own token and the case's ETag from when the page was opened; what
 * the person may do is case-service's to decide.
 */
// One root resource for "/" (with CasesResource): JAX-RS picks one root class per request and never tries another,
// so a class at /cases/{id} would hide the overview at /cases/{id}.
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class CaseWorkResource {

    /** Notification banners after a change, by the code the overview is redirected with. */
    static final Map<String, String> DONE = Map.of(
            "lead", "You are now the case's lead practitioner.",
            "action", "The action is in the family plan.",
            "moved", "The action has moved on.",
            "review", "The review is recorded.",
            "closed", "The case is closed.",
            "reopened", "The case is open again.");

    private final Gateway gateway;
    private final ObjectMapper json;
    private final Template caseTeam;
    private final Template caseAction;
    private final Template caseNotes;
    private final Template caseReview;
    private final Template caseClose;
    private final Template caseReopen;
    private final CaseChanges changes;

    CaseWorkResource(Gateway gateway, ObjectMapper json, Template caseTeam, Template caseAction, Template caseNotes,
            Template caseReview, Template caseClose, Template caseReopen, CaseChanges changes) {
        this.gateway = gateway;
        this.json = json;
        this.caseTeam = caseTeam;
        this.caseAction = caseAction;
        this.caseNotes = caseNotes;
        this.caseReview = caseReview;
        this.caseClose = caseClose;
        this.caseReopen = caseReopen;
        this.changes = changes;
    }

    // --- the lead practitioner ---

    @POST
    @Path("cases/{id}/take-lead")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response takeLead(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        if (!Ids.isUuid(id)) {
            return changes.notFound();
        }
        ApiResponse answer = gateway.post("/api/cases/" + id + "/take-lead", json.createObjectNode(), CaseChanges.ifMatch(posted));
        return answer.ok() ? CaseChanges.done(id, "lead") : changes.problem(answer, "/cases/" + id);
    }

    // --- the team around the family ---

    @GET
    @Path("cases/{id}/team")
    public Response teamForm(@PathParam("id") String id) {
        return withCase(id, kase -> caseTeam.instance(), new Answers(), new Answers(), 200);
    }

    @POST
    @Path("cases/{id}/team")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addMember(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        Answers form = Answers.from(posted, List.of("agency", "role", "practitionerName", "etag"));
        Answers errors = new Answers();
        if (!form.has("agency")) {
            errors.put("agency", "Select the agency that joins the team");
        }
        if (!form.has("role")) {
            errors.put("role", "Enter the agency's role in the team, for example work coach");
        }
        if (!errors.isEmpty()) {
            return withCase(id, kase -> caseTeam.instance(), form, errors, 400);
        }
        ObjectNode body = json.createObjectNode().put("agency", form.get("agency")).put("role", form.get("role"));
        if (form.has("practitionerName")) {
            body.put("practitionerName", form.get("practitionerName"));
        }
        ApiResponse answer = gateway.post("/api/cases/" + id + "/members", body, CaseChanges.ifMatch(form));
        if (answer.status() == 409 && answer.body().path("refusals").size() > 0) {
            // The consent check's answer: for whom sharing with that agency is not permitted, and why.
            ApiResponse refusal = answer;
            return withCase(id, kase -> caseTeam.instance().data("refusals", refusals(kase, refusal)), form,
                    new Answers().put("agency", "The family's consent or a lawful basis does not permit sharing with "
                            + form.get("agency") + ": it was not added and nothing was shared"), 409);
        }
        return changes.outcome(id, answer,
                () -> Response.seeOther(URI.create(Query.of().with("joined", form.get("agency")).on("/cases/" + id))).build(),
                (apiErrors, status) -> withCase(id, kase -> caseTeam.instance(), form, apiErrors, status),
                Map.of("agency", "agency", "role", "role", "practitionerName", "practitionerName"), "agency");
    }

    private List<Map<String, Object>> refusals(JsonNode kase, ApiResponse answer) {
        Map<String, String> names = new LinkedHashMap<>();
        FamilyNames.filledIn(gateway, kase).path("family").forEach(person -> names.put(person.path("personId").asText(),
                person.path("displayName").asText("A family member")));
        List<Map<String, Object>> refusals = new ArrayList<>();
        for (JsonNode refusal : answer.body().path("refusals")) {
            List<String> reasons = new ArrayList<>();
            refusal.path("reasons").forEach(reason -> reasons.add(Labels.reason(reason.asText())));
            refusals.add(Map.of("person", names.getOrDefault(refusal.path("personId").asText(), "A family member"),
                    "reasons", String.join("; ", reasons)));
        }
        return refusals;
    }

    // --- the family plan ---

    @GET
    @Path("cases/{id}/actions")
    public Response actionForm(@PathParam("id") String id) {
        return withCase(id, kase -> caseAction.instance(), new Answers(), new Answers(), 200);
    }

    @POST
    @Path("cases/{id}/actions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addAction(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        Answers form = Answers.from(posted, List.of("description", "ownerAgency", "dueDay", "dueMonth", "dueYear", "etag"));
        Answers errors = new Answers();
        if (!form.has("description")) {
            errors.put("description", "Describe the action");
        }
        if (!form.has("ownerAgency")) {
            errors.put("ownerAgency", "Select the agency that owns the action");
        }
        Optional<LocalDate> due = UkDates.fromParts(form.get("dueDay"), form.get("dueMonth"), form.get("dueYear"));
        if (due.isEmpty()) {
            errors.put("due", "Enter the date the action is due, for example 27 3 2027");
        }
        if (!errors.isEmpty()) {
            return withCase(id, kase -> caseAction.instance(), form, errors, 400);
        }
        ObjectNode body = json.createObjectNode().put("description", form.get("description"))
                .put("ownerAgency", form.get("ownerAgency")).put("dueDate", due.get().toString());
        ApiResponse answer = gateway.post("/api/cases/" + id + "/actions", body, CaseChanges.ifMatch(form));
        return changes.outcome(id, answer, () -> CaseChanges.done(id, "action"),
                (apiErrors, status) -> withCase(id, kase -> caseAction.instance(), form, apiErrors, status),
                Map.of("description", "description", "ownerAgency", "ownerAgency", "dueDate", "due"), "description");
    }

    @POST
    @Path("cases/{id}/actions/{actionId}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response moveAction(@PathParam("id") String id, @PathParam("actionId") String actionId,
            MultivaluedMap<String, String> posted) {
        if (!Ids.isUuid(id) || !Ids.isUuid(actionId)) {
            return changes.notFound();
        }
        String status = Optional.ofNullable(posted.getFirst("status")).orElse("");
        if (!List.of("planned", "in-progress", "done", "dropped").contains(status)) {
            return Response.seeOther(URI.create("/cases/" + id)).build();
        }
        ApiResponse answer = gateway.post("/api/cases/" + id + "/actions/" + actionId + "/status",
                json.createObjectNode().put("status", status), CaseChanges.ifMatch(posted));
        return answer.ok() ? CaseChanges.done(id, "moved") : changes.problem(answer, "/cases/" + id);
    }

    // --- notes ---

    @GET
    @Path("cases/{id}/notes")
    public Response notes(@PathParam("id") String id, @jakarta.ws.rs.QueryParam("written") String written) {
        return notesPage(id, new Answers(), new Answers(), 200, written != null);
    }

    @POST
    @Path("cases/{id}/notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response writeNote(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        Answers form = Answers.from(posted, List.of("text", "restricted"));
        if (!form.has("text")) {
            return notesPage(id, form, new Answers().put("text", "Enter the note"), 400, false);
        }
        ObjectNode body = json.createObjectNode().put("text", form.get("text")).put("restricted", "yes".equals(form.get("restricted")));
        ApiResponse answer = gateway.post("/api/cases/" + id + "/notes", body, Map.of());
        return changes.outcome(id, answer, () -> Response.seeOther(URI.create("/cases/" + id + "/notes?written=1")).build(),
                (apiErrors, status) -> notesPage(id, form, apiErrors, status, false), Map.of("text", "text"), "text");
    }

    private Response notesPage(String id, Answers form, Answers errors, int status, boolean written) {
        if (!Ids.isUuid(id)) {
            return changes.notFound();
        }
        ApiResponse kase = gateway.get("/api/cases/" + id);
        if (!kase.ok()) {
            return changes.problem(kase, "/caseload");
        }
        ApiResponse notes = gateway.get("/api/cases/" + id + "/notes");
        if (!notes.ok()) {
            return changes.problem(notes, "/cases/" + id);
        }
        return Response.status(status).entity(caseNotes.data("kase", kase.body())
                .data("notes", JsonValues.value(notes.body().isArray() ? notes.body() : notes.body().path("items")))
                .data("form", form).data("errors", errors).data("written", written)).build();
    }

    // --- reviews ---

    @GET
    @Path("cases/{id}/reviews")
    public Response reviewForm(@PathParam("id") String id) {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        Answers form = new Answers().put("heldDay", Integer.toString(today.getDayOfMonth()))
                .put("heldMonth", Integer.toString(today.getMonthValue())).put("heldYear", Integer.toString(today.getYear()));
        return withCase(id, kase -> caseReview.instance(), form, new Answers(), 200);
    }

    @POST
    @Path("cases/{id}/reviews")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordReview(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        List<String> fields = new ArrayList<>(List.of("heldDay", "heldMonth", "heldYear", "nextDay", "nextMonth", "nextYear",
                "attendees", "summary", "etag"));
        posted.keySet().stream().filter(key -> key.startsWith("progress-")).forEach(fields::add);
        Answers form = Answers.from(posted, fields);
        Answers errors = new Answers();
        Optional<LocalDate> held = UkDates.fromParts(form.get("heldDay"), form.get("heldMonth"), form.get("heldYear"));
        Optional<LocalDate> next = UkDates.fromParts(form.get("nextDay"), form.get("nextMonth"), form.get("nextYear"));
        if (held.isEmpty()) {
            errors.put("held", "Enter the date the review was held");
        }
        if (next.isEmpty()) {
            errors.put("next", "Enter the date the next review is due");
        }
        List<String> attendees = form.get("attendees").lines().map(String::trim).filter(line -> !line.isEmpty()).toList();
        if (attendees.isEmpty()) {
            errors.put("attendees", "Enter who attended, one on each line");
        }
        if (!errors.isEmpty()) {
            return withCase(id, kase -> caseReview.instance(), form, errors, 400);
        }
        ObjectNode body = json.createObjectNode().put("heldOn", held.get().toString()).put("nextReviewDue", next.get().toString());
        ArrayNode people = body.putArray("attendees");
        for (String attendee : attendees) {
            // "Name, agency-code" or just a name
            int comma = attendee.lastIndexOf(',');
            ObjectNode person = people.addObject();
            if (comma > 0 && attendee.substring(comma + 1).trim().matches("[a-z0-9][a-z0-9-]{1,62}")) {
                person.put("name", attendee.substring(0, comma).trim()).put("agency", attendee.substring(comma + 1).trim());
            } else {
                person.put("name", attendee);
            }
        }
        ArrayNode progress = body.putArray("progress");
        form.asMap().forEach((field, value) -> {
            if (field.startsWith("progress-") && !value.isBlank()) {
                progress.addObject().put("need", field.substring("progress-".length())).put("progress", value);
            }
        });
        if (form.has("summary")) {
            body.put("summary", form.get("summary"));
        }
        ApiResponse answer = gateway.post("/api/cases/" + id + "/reviews", body, CaseChanges.ifMatch(form));
        return changes.outcome(id, answer, () -> CaseChanges.done(id, "review"),
                (apiErrors, status) -> withCase(id, kase -> caseReview.instance(), form, apiErrors, status),
                Map.of("heldOn", "held", "nextReviewDue", "next", "attendees", "attendees", "summary", "summary"), "held");
    }

    // --- closing and reopening ---

    @GET
    @Path("cases/{id}/close")
    public Response closeForm(@PathParam("id") String id) {
        return withCase(id, kase -> caseClose.instance(), new Answers(), new Answers(), 200);
    }

    @POST
    @Path("cases/{id}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        List<String> fields = new ArrayList<>(List.of("reason", "etag"));
        posted.keySet().stream().filter(key -> key.startsWith("outcome-")).forEach(fields::add);
        Answers form = Answers.from(posted, fields);
        Answers errors = new Answers();
        ObjectNode body = json.createObjectNode();
        ArrayNode outcomes = body.putArray("outcomes");
        form.asMap().forEach((field, value) -> {
            if (field.startsWith("outcome-") && !value.isBlank()) {
                outcomes.addObject().put("need", field.substring("outcome-".length())).put("outcome", value);
            }
        });
        if (outcomes.isEmpty()) {
            errors.put("outcomes", "Select an outcome for each need");
        }
        if (!form.has("reason")) {
            errors.put("reason", "Say why the case closes");
        }
        if (!errors.isEmpty()) {
            return withCase(id, kase -> caseClose.instance(), form, errors, 400);
        }
        body.put("reason", form.get("reason"));
        ApiResponse answer = gateway.post("/api/cases/" + id + "/close", body, CaseChanges.ifMatch(form));
        return changes.outcome(id, answer, () -> CaseChanges.done(id, "closed"),
                (apiErrors, status) -> withCase(id, kase -> caseClose.instance(), form, apiErrors, status),
                Map.of("outcomes", "outcomes", "reason", "reason"), "outcomes");
    }

    @GET
    @Path("cases/{id}/reopen")
    public Response reopenForm(@PathParam("id") String id) {
        return withCase(id, kase -> caseReopen.instance(), new Answers(), new Answers(), 200);
    }

    @POST
    @Path("cases/{id}/reopen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reopen(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        Answers form = Answers.from(posted, List.of("reason", "etag"));
        if (!form.has("reason")) {
            return withCase(id, kase -> caseReopen.instance(), form, new Answers().put("reason", "Say why the case reopens"), 400);
        }
        ApiResponse answer = gateway.post("/api/cases/" + id + "/reopen", json.createObjectNode().put("reason", form.get("reason")),
                CaseChanges.ifMatch(form));
        return changes.outcome(id, answer, () -> CaseChanges.done(id, "reopened"),
                (apiErrors, status) -> withCase(id, kase -> caseReopen.instance(), form, apiErrors, status), Map.of("reason", "reason"),
                "reason");
    }

    // --- shared ---

    private interface Page {
        TemplateInstance of(JsonNode kase);
    }

    /** A question page about the case as the API shows it now (its ETag goes into the form), with the agencies to choose from. */
    private Response withCase(String id, Page page, Answers form, Answers errors, int status) {
        return changes.show(id, (kase, etag) -> page.of(kase).data("agencies", agencies()), form, errors, status);
    }

    /** The agency register (code and name), for choosing an agency; empty if it cannot be read now. */
    private Object agencies() {
        ApiResponse answer = gateway.get("/api/agencies?size=100");
        return answer.ok() ? JsonValues.value(answer.body().path("items")) : List.of();
    }
}
