package org.earlyhelp.web.consent;

import java.net.URI;
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

import org.earlyhelp.web.gateway.ApiResponse;
import org.earlyhelp.web.gateway.Gateway;
import org.earlyhelp.web.pages.Answers;
import org.earlyhelp.web.pages.ApiPages;
import org.earlyhelp.web.pages.FieldErrors;
import org.earlyhelp.web.pages.JsonValues;
import org.earlyhelp.web.pages.Query;
import org.earlyhelp.web.referrals.Ids;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.qute.Template;

/**
 * A person's consent records and lawful bases, as consent-service lets this person see them: recording a consent
 * given or refused, a consent's versions, withdrawing it, and (hub triage and case leads, as consent-service decides)
 * recording a lawful basis for sharing without consent, with its justification and who decided.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ConsentResource {

    private static final List<String> CONSENT_FIELDS = List.of("grantorKind", "grantorName", "method", "status", "purposes",
            "recipientAgencies", "dataCategories", "evidenceReference");
    private static final List<String> BASIS_FIELDS = List.of("kind", "justification", "decidedByName", "decidedByRole",
            "purposes", "recipientAgencies", "dataCategories");

    private final Gateway gateway;
    private final ObjectMapper json;
    private final Template consents;
    private final Template consentNew;
    private final Template consent;
    private final Template lawfulBasisNew;
    private final Template lawfulBasis;
    private final Template error;

    ConsentResource(Gateway gateway, ObjectMapper json, Template consents, Template consentNew, Template consent,
            Template lawfulBasisNew, Template lawfulBasis, Template error) {
        this.gateway = gateway;
        this.json = json;
        this.consents = consents;
        this.consentNew = consentNew;
        this.consent = consent;
        this.lawfulBasisNew = lawfulBasisNew;
        this.lawfulBasis = lawfulBasis;
        this.error = error;
    }

    /** Who the pages are about: the person's id, their name as the case shows it, and the case the person came from. */
    @io.quarkus.qute.TemplateData
    public record About(String person, String name, String kase) {

        static Optional<About> of(String person, String name, String kase) {
            if (!Ids.isUuid(person)) {
                return Optional.empty();
            }
            String shown = name == null || name.isBlank() ? "this person" : name.strip();
            return Optional.of(new About(person, shown.length() > 200 ? shown.substring(0, 200) : shown,
                    Ids.isUuid(kase) ? kase : ""));
        }

        String query() {
            return Query.of().with("person", person).with("name", name).with("case", kase).toString();
        }
    }

    @GET
    @Path("consents")
    public Response list(@QueryParam("person") String person, @QueryParam("name") String name, @QueryParam("case") String kase,
            @QueryParam("done") String done) {
        Optional<About> about = About.of(person, name, kase);
        if (about.isEmpty()) {
            return notFound();
        }
        ApiResponse records = gateway.get(Query.of().with("person", person).with("size", 50).on("/api/consents"));
        if (!records.ok()) {
            return ApiPages.problem(error, records, "/caseload");
        }
        // Lawful bases are for hub triage and case leads: for anyone else consent-service says no, and the page leaves them out.
        ApiResponse bases = gateway.get(Query.of().with("person", person).with("size", 50).on("/api/lawful-bases"));
        String message = switch (done == null ? "" : done) {
            case "recorded" -> "The consent is recorded.";
            case "basis" -> "The lawful basis is recorded.";
            default -> "";
        };
        return Response.ok(consents.data("about", about.get()).data("query", about.get().query())
                .data("items", JsonValues.value(records.body().path("items")))
                .data("bases", bases.ok() ? JsonValues.value(bases.body().path("items")) : List.of())
                .data("basesShown", bases.ok()).data("message", message)).build();
    }

    @GET
    @Path("consents/new")
    public Response consentForm(@QueryParam("person") String person, @QueryParam("name") String name, @QueryParam("case") String kase) {
        Optional<About> about = About.of(person, name, kase);
        if (about.isEmpty()) {
            return notFound();
        }
        return Response.ok(form(consentNew, about.get(), new Answers().put("status", "active"), new Answers())).build();
    }

    @POST
    @Path("consents/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(@QueryParam("person") String person, @QueryParam("name") String name, @QueryParam("case") String kase,
            MultivaluedMap<String, String> posted) {
        Optional<About> about = About.of(person, name, kase);
        if (about.isEmpty()) {
            return notFound();
        }
        Answers form = answers(posted, CONSENT_FIELDS);
        Answers errors = new Answers();
        if (!form.has("grantorKind")) {
            errors.put("grantorKind", "Select who gave or refused consent");
        }
        if (!form.has("grantorName")) {
            errors.put("grantorName", "Enter the name of who gave or refused consent");
        }
        if (!form.has("method")) {
            errors.put("method", "Select how consent was given or refused");
        }
        if (!form.has("purposes")) {
            errors.put("purposes", "Select what the information may be used for");
        }
        if (!form.has("recipientAgencies")) {
            errors.put("recipientAgencies", "Select the agencies it is about");
        }
        if (!form.has("dataCategories")) {
            errors.put("dataCategories", "Select what information it covers");
        }
        if (!errors.isEmpty()) {
            return Response.status(400).entity(form(consentNew, about.get(), form, errors)).build();
        }
        boolean refused = "refused".equals(form.get("status"));
        ObjectNode body = json.createObjectNode().put("personId", person).put("personName", about.get().name())
                .put("method", form.get("method")).put("status", refused ? "refused" : "active");
        body.putObject("grantor").put("kind", form.get("grantorKind")).put("name", form.get("grantorName"));
        ObjectNode provision = body.putArray("provisions").addObject().put("type", refused ? "deny" : "permit");
        list(provision.putArray("purposes"), form.get("purposes"));
        list(provision.putArray("recipientAgencies"), form.get("recipientAgencies"));
        list(provision.putArray("dataCategories"), form.get("dataCategories"));
        if (form.has("evidenceReference")) {
            body.put("evidenceReference", form.get("evidenceReference"));
        }
        ApiResponse answer = gateway.post("/api/consents", body, Map.of());
        if (answer.ok()) {
            return Response.seeOther(URI.create("/consents?" + about.get().query() + "&done=recorded")).build();
        }
        if (FieldErrors.badInput(answer)) {
            return Response.status(answer.status()).entity(form(consentNew, about.get(), form, FieldErrors.of(answer,
                    Map.of("grantor", "grantorName", "method", "method", "purposes", "purposes", "recipientAgencies",
                            "recipientAgencies", "dataCategories", "dataCategories", "evidenceReference", "evidenceReference"),
                    "grantorKind"))).build();
        }
        return ApiPages.problem(error, answer, "/consents?" + about.get().query());
    }

    @GET
    @Path("consents/{id}")
    public Response show(@PathParam("id") String id, @QueryParam("withdrawn") String withdrawn) {
        return consentPage(id, new Answers(), new Answers(), 200, withdrawn != null);
    }

    @POST
    @Path("consents/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        if (!Ids.isUuid(id)) {
            return notFound();
        }
        Answers form = Answers.from(posted, List.of("reason", "etag"));
        if (!form.has("reason")) {
            return consentPage(id, form, new Answers().put("reason", "Say why consent is withdrawn, as the person put it"), 400, false);
        }
        Map<String, String> ifMatch = form.has("etag") ? Map.of("If-Match", form.get("etag")) : Map.of();
        ApiResponse answer = gateway.post("/api/consents/" + id + "/withdraw", json.createObjectNode().put("reason", form.get("reason")),
                ifMatch);
        if (answer.ok()) {
            return Response.seeOther(URI.create("/consents/" + id + "?withdrawn=1")).build();
        }
        if (FieldErrors.badInput(answer) || answer.status() == 409) {
            return consentPage(id, form, FieldErrors.of(answer, Map.of("reason", "reason"), "reason"), answer.status(), false);
        }
        return ApiPages.problem(error, answer, "/consents/" + id);
    }

    private Response consentPage(String id, Answers form, Answers errors, int status, boolean withdrawn) {
        if (!Ids.isUuid(id)) {
            return notFound();
        }
        ApiResponse record = gateway.get("/api/consents/" + id);
        if (!record.ok()) {
            return ApiPages.problem(error, record, "/caseload");
        }
        ApiResponse versions = gateway.get("/api/consents/" + id + "/versions?size=50");
        return Response.status(status).entity(consent.data("consent", record.body()).data("etag", record.etag().orElse(""))
                .data("versions", versions.ok() ? JsonValues.value(versions.body().path("items")) : List.of())
                .data("form", form).data("errors", errors).data("withdrawn", withdrawn)).build();
    }

    // --- lawful bases ---

    @GET
    @Path("consents/lawful-bases/new")
    public Response basisForm(@QueryParam("person") String person, @QueryParam("name") String name, @QueryParam("case") String kase) {
        Optional<About> about = About.of(person, name, kase);
        if (about.isEmpty()) {
            return notFound();
        }
        return Response.ok(form(lawfulBasisNew, about.get(), new Answers(), new Answers())).build();
    }

    @POST
    @Path("consents/lawful-bases/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordBasis(@QueryParam("person") String person, @QueryParam("name") String name,
            @QueryParam("case") String kase, MultivaluedMap<String, String> posted) {
        Optional<About> about = About.of(person, name, kase);
        if (about.isEmpty()) {
            return notFound();
        }
        Answers form = answers(posted, BASIS_FIELDS);
        Answers errors = new Answers();
        if (!form.has("kind")) {
            errors.put("kind", "Select the lawful basis");
        }
        if (!form.has("justification")) {
            errors.put("justification", "Say why sharing without consent is necessary and proportionate");
        }
        if (!form.has("decidedByName")) {
            errors.put("decidedByName", "Enter the name of who decided");
        }
        if (!form.has("purposes")) {
            errors.put("purposes", "Select what the information may be used for");
        }
        if (!form.has("dataCategories")) {
            errors.put("dataCategories", "Select what information may be shared");
        }
        if (!errors.isEmpty()) {
            return Response.status(400).entity(form(lawfulBasisNew, about.get(), form, errors)).build();
        }
        ObjectNode body = json.createObjectNode().put("personId", person).put("kind", form.get("kind"))
                .put("justification", form.get("justification"));
        ObjectNode decidedBy = body.putObject("decidedBy").put("name", form.get("decidedByName"));
        if (form.has("decidedByRole")) {
            decidedBy.put("role", form.get("decidedByRole"));
        }
        list(body.putArray("purposes"), form.get("purposes"));
        if (form.has("recipientAgencies")) {
            list(body.putArray("recipientAgencies"), form.get("recipientAgencies"));
        }
        list(body.putArray("dataCategories"), form.get("dataCategories"));
        ApiResponse answer = gateway.post("/api/lawful-bases", body, Map.of());
        if (answer.ok()) {
            return Response.seeOther(URI.create("/consents?" + about.get().query() + "&done=basis")).build();
        }
        if (FieldErrors.badInput(answer)) {
            return Response.status(answer.status()).entity(form(lawfulBasisNew, about.get(), form, FieldErrors.of(answer,
                    Map.of("kind", "kind", "justification", "justification", "decidedBy", "decidedByName", "purposes", "purposes",
                            "recipientAgencies", "recipientAgencies", "dataCategories", "dataCategories"),
                    "kind"))).build();
        }
        return ApiPages.problem(error, answer, "/consents?" + about.get().query());
    }

    @GET
    @Path("consents/lawful-bases/{id}")
    public Response showBasis(@PathParam("id") String id) {
        if (!Ids.isUuid(id)) {
            return notFound();
        }
        ApiResponse basis = gateway.get("/api/lawful-bases/" + id);
        if (!basis.ok()) {
            return ApiPages.problem(error, basis, "/caseload");
        }
        return Response.ok(lawfulBasis.data("basis", basis.body())).build();
    }

    // --- shared ---

    private io.quarkus.qute.TemplateInstance form(Template template, About about, Answers form, Answers errors) {
        ApiResponse agencies = gateway.get("/api/agencies?size=100");
        return template.data("about", about).data("query", about.query()).data("form", form).data("errors", errors)
                .data("agencies", agencies.ok() ? JsonValues.value(agencies.body().path("items")) : List.of());
    }

    /** A form's fields, a checkbox group's values joined by commas (the order they were posted in). */
    private static Answers answers(MultivaluedMap<String, String> posted, List<String> fields) {
        Answers answers = new Answers();
        for (String field : fields) {
            List<String> values = posted.getOrDefault(field, List.of()).stream().map(String::trim).filter(v -> !v.isEmpty()).toList();
            answers.put(field, String.join(",", values));
        }
        return answers;
    }

    private static void list(ArrayNode into, String joined) {
        for (String value : joined.split(",")) {
            if (!value.isBlank()) {
                into.add(value.trim());
            }
        }
    }

    private Response notFound() {
        return ApiPages.problem(error, new ApiResponse(404, MissingNode.getInstance(), Optional.empty(), Optional.empty()),
                "/caseload");
    }
}
