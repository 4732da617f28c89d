package org.earlyhelp.web.cases;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.earlyhelp.web.pages.Labels;
import org.earlyhelp.web.referrals.Ids;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.qute.Template;

/**
 * The lead's pages about the shape of a case: the needs assessment (a headline need and how serious it is), the
 * transfer of the lead to another agency on the team (asked by the lead, accepted or declined by a case lead of that
 * agency), and the case in the Supporting Families outcome framework's terms. As everywhere, the case API decides with
 * the person's own token and the case's ETag from when the page was opened.
 */
// At "/" with CasesResource and CaseWorkResource: see CaseWorkResource for why.
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class CaseLeadResource {

    /** Notification banners after these changes, by the code the overview is redirected with. */
    static final Map<String, String> DONE = Map.of(
            "need", "The need is assessed.",
            "transfer-asked", "The transfer of the lead is asked for. Nothing changes until that agency accepts.",
            "transfer-accepted", "Your agency now leads the case, and you are its lead practitioner.",
            "transfer-declined", "The transfer of the lead is declined.");

    private static final Map<String, String> SEVERITIES = new LinkedHashMap<>();

    static {
        List.of("low", "medium", "high").forEach(code -> SEVERITIES.put(code, Labels.SEVERITIES.get(code)));
    }

    private final Gateway gateway;
    private final ObjectMapper json;
    private final Template caseNeeds;
    private final Template caseTransfer;
    private final Template caseTransferDecline;
    private final Template supportingFamilies;
    private final CaseChanges changes;

    CaseLeadResource(Gateway gateway, ObjectMapper json, Template caseNeeds, Template caseTransfer, Template caseTransferDecline,
            Template supportingFamilies, CaseChanges changes) {
        this.gateway = gateway;
        this.json = json;
        this.caseNeeds = caseNeeds;
        this.caseTransfer = caseTransfer;
        this.caseTransferDecline = caseTransferDecline;
        this.supportingFamilies = supportingFamilies;
        this.changes = changes;
    }

    // --- the needs assessment ---

    @GET
    @Path("cases/{id}/needs")
    public Response needsForm(@PathParam("id") String id) {
        return needsPage(id, new Answers(), new Answers(), 200);
    }

    @POST
    @Path("cases/{id}/needs")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assessNeed(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        Answers form = Answers.from(posted, List.of("need", "severity", "notes", "etag"));
        Answers errors = new Answers();
        if (!Labels.CONCERNS.containsKey(form.get("need"))) {
            errors.put("need", "Select the need");
        }
        if (!SEVERITIES.containsKey(form.get("severity"))) {
            errors.put("severity", "Select how serious the need is");
        }
        if (!errors.isEmpty()) {
            return needsPage(id, form, errors, 400);
        }
        ObjectNode body = json.createObjectNode().put("severity", form.get("severity"));
        if (form.has("notes")) {
            body.put("notes", form.get("notes"));
        }
        ApiResponse answer = gateway.put("/api/cases/" + id + "/needs/" + form.get("need"), body, CaseChanges.ifMatch(form));
        return changes.outcome(id, answer, () -> CaseChanges.done(id, "need"),
                (apiErrors, status) -> needsPage(id, form, apiErrors, status), Map.of("severity", "severity", "notes", "notes"), "need");
    }

    private Response needsPage(String id, Answers form, Answers errors, int status) {
        return changes.show(id, (kase, etag) -> caseNeeds.data("needOptions", Labels.CONCERNS).data("severityOptions", SEVERITIES),
                form, errors, status);
    }

    // --- the transfer of the lead ---

    @GET
    @Path("cases/{id}/transfer")
    public Response transferForm(@PathParam("id") String id) {
        return transferPage(id, new Answers(), new Answers(), 200);
    }

    @POST
    @Path("cases/{id}/transfer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response askForTransfer(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        Answers form = Answers.from(posted, List.of("toAgency", "reason", "etag"));
        Answers errors = new Answers();
        if (!form.has("toAgency")) {
            errors.put("toAgency", "Select the agency you ask to lead");
        }
        if (!form.has("reason")) {
            errors.put("reason", "Say why the lead should move");
        }
        if (!errors.isEmpty()) {
            return transferPage(id, form, errors, 400);
        }
        ObjectNode body = json.createObjectNode().put("toAgency", form.get("toAgency")).put("reason", form.get("reason"));
        ApiResponse answer = gateway.post("/api/cases/" + id + "/transfers", body, CaseChanges.ifMatch(form));
        return changes.outcome(id, answer, () -> CaseChanges.done(id, "transfer-asked"),
                (apiErrors, status) -> transferPage(id, form, apiErrors, status), Map.of("toAgency", "toAgency", "reason", "reason"),
                "toAgency");
    }

    /** The agencies on the team that could take the lead: active members other than the lead agency. */
    private Response transferPage(String id, Answers form, Answers errors, int status) {
        return changes.show(id, (kase, etag) -> {
            List<Map<String, String>> candidates = new java.util.ArrayList<>();
            for (JsonNode member : kase.path("team")) {
                String agency = member.path("agency").asText();
                if (member.path("active").asBoolean() && !agency.equals(kase.path("leadAgency").asText())
                        && candidates.stream().noneMatch(known -> known.get("code").equals(agency))) {
                    candidates.add(Map.of("code", agency, "name", member.path("role").asText(agency)));
                }
            }
            return caseTransfer.data("candidates", candidates);
        }, form, errors, status);
    }

    @POST
    @Path("cases/{id}/transfers/{transferId}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response acceptTransfer(@PathParam("id") String id, @PathParam("transferId") String transferId,
            MultivaluedMap<String, String> posted) {
        if (!Ids.isUuid(id) || !Ids.isUuid(transferId)) {
            return changes.notFound();
        }
        ApiResponse answer = gateway.post("/api/cases/" + id + "/transfers/" + transferId + "/accept", json.createObjectNode(),
                CaseChanges.ifMatch(posted));
        return answer.ok() ? CaseChanges.done(id, "transfer-accepted") : changes.problem(answer, "/cases/" + id);
    }

    @GET
    @Path("cases/{id}/transfers/{transferId}/decline")
    public Response declineForm(@PathParam("id") String id, @PathParam("transferId") String transferId) {
        return declinePage(id, transferId, new Answers(), new Answers(), 200);
    }

    @POST
    @Path("cases/{id}/transfers/{transferId}/decline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response declineTransfer(@PathParam("id") String id, @PathParam("transferId") String transferId,
            MultivaluedMap<String, String> posted) {
        Answers form = Answers.from(posted, List.of("reason", "etag"));
        if (!form.has("reason")) {
            return declinePage(id, transferId, form, new Answers().put("reason", "Say why your agency does not take the lead"), 400);
        }
        ApiResponse answer = gateway.post("/api/cases/" + id + "/transfers/" + transferId + "/decline",
                json.createObjectNode().put("reason", form.get("reason")), CaseChanges.ifMatch(form));
        return changes.outcome(id, answer, () -> CaseChanges.done(id, "transfer-declined"),
                (apiErrors, status) -> declinePage(id, transferId, form, apiErrors, status), Map.of("reason", "reason"), "reason");
    }

    private Response declinePage(String id, String transferId, Answers form, Answers errors, int status) {
        if (!Ids.isUuid(transferId)) {
            return changes.notFound();
        }
        return changes.show(id, (kase, etag) -> kase.path("pendingTransfer").path("id").asText().equals(transferId)
                ? caseTransferDecline.data("transfer", kase.path("pendingTransfer"))
                : null, form, errors, status);
    }

    // --- alerts ---

    @POST
    @Path("cases/{id}/alerts/{alertId}/acknowledge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response acknowledgeAlert(@PathParam("id") String id, @PathParam("alertId") String alertId) {
        if (!Ids.isUuid(id) || !Ids.isUuid(alertId)) {
            return changes.notFound();
        }
        ApiResponse answer = gateway.post("/api/cases/" + id + "/alerts/" + alertId + "/acknowledge", json.createObjectNode(),
                Map.of());
        return answer.ok() ? Response.seeOther(URI.create("/caseload/alerts?acknowledged=1")).build()
                : changes.problem(answer, "/caseload/alerts");
    }

    // --- Supporting Families ---

    @GET
    @Path("cases/{id}/supporting-families")
    public Response supportingFamilies(@PathParam("id") String id) {
        if (!Ids.isUuid(id)) {
            return changes.notFound();
        }
        ApiResponse answer = gateway.get("/api/cases/" + id + "/supporting-families");
        if (!answer.ok()) {
            return changes.problem(answer, "/cases/" + id);
        }
        return Response.ok(supportingFamilies.data("view", answer.body())).build();
    }

}
