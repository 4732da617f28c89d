package org.earlyhelp.web.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.earlyhelp.web.gateway.ApiResponse;
import org.earlyhelp.web.gateway.Gateway;
import org.earlyhelp.web.pages.Answers;
import org.earlyhelp.web.pages.ApiPages;
import org.earlyhelp.web.pages.FieldErrors;
import org.earlyhelp.web.pages.JsonValues;
import org.earlyhelp.web.pages.Query;
import org.earlyhelp.web.pages.UkDates;

import io.quarkus.qute.Template;

/**
 * The auditor's pages: one service's audit trail searched by person, record, agency, user and time (newest first,
 * paged), and its hash chain verified. Both are plain GET forms, so a search is a link an auditor can keep. Who may
 * read a trail is the services' to decide (auditors only).
 */
@Path("/audit")
@Produces(MediaType.TEXT_HTML)
public class AuditResource {

    static final List<String> TRAILS = List.of("referral", "case", "consent", "directory");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Gateway gateway;
    private final Template audit;
    private final Template error;

    AuditResource(Gateway gateway, Template audit, Template error) {
        this.gateway = gateway;
        this.audit = audit;
        this.error = error;
    }

    @GET
    public Response search(@QueryParam("trail") String trail, @QueryParam("person") String person, @QueryParam("resourceId") String record,
            @QueryParam("agency") String agency, @QueryParam("user") String user, @QueryParam("fromDay") String fromDay,
            @QueryParam("fromMonth") String fromMonth, @QueryParam("fromYear") String fromYear, @QueryParam("toDay") String toDay,
            @QueryParam("toMonth") String toMonth, @QueryParam("toYear") String toYear, @QueryParam("page") Integer page,
            @QueryParam("verify") String verify) {
        Answers form = new Answers().put("trail", trail).put("person", person).put("resourceId", record).put("agency", agency)
                .put("user", user).put("fromDay", fromDay).put("fromMonth", fromMonth).put("fromYear", fromYear).put("toDay", toDay)
                .put("toMonth", toMonth).put("toYear", toYear);
        if (!form.has("trail")) {
            return Response.ok(audit.data("form", form.put("trail", "referral")).data("errors", new Answers()).data("searched", false)
                    .data("items", List.of()).data("total", 0L).data("chain", null).data("trails", TRAILS).data("current", 1)
                    .data("last", 1).data("query", "")).build();
        }
        Answers errors = new Answers();
        if (!TRAILS.contains(form.get("trail"))) {
            errors.put("trail", "Select whose audit trail to search");
        }
        Optional<LocalDate> from = date(form, "from", errors);
        Optional<LocalDate> to = date(form, "to", errors);
        if (!errors.isEmpty()) {
            return Response.status(400).entity(audit.data("form", form).data("errors", errors).data("searched", false)
                    .data("items", List.of()).data("total", 0L).data("chain", null).data("trails", TRAILS).data("current", 1)
                    .data("last", 1).data("query", "")).build();
        }
        Object chain = null;
        if (verify != null) {
            ApiResponse verified = gateway.get("/api/audit/" + form.get("trail") + "/verify");
            if (!verified.ok()) {
                return ApiPages.problem(error, verified, "/audit");
            }
            chain = verified.body();
        }
        int current = page == null || page < 1 ? 1 : page;
        ApiResponse answer = gateway.get(Query.of().with("person", form.get("person")).with("resourceId", form.get("resourceId"))
                .with("agency", form.get("agency")).with("user", form.get("user"))
                .with("from", from.map(d -> d.atStartOfDay(LONDON).toInstant().toString()).orElse(null))
                .with("to", to.map(d -> d.plusDays(1).atStartOfDay(LONDON).toInstant().toString()).orElse(null))
                .with("page", current - 1).with("size", 20).on("/api/audit/" + form.get("trail")));
        if (FieldErrors.badInput(answer)) {
            errors = FieldErrors.of(answer, java.util.Map.of("person", "person", "resourceId", "resourceId", "agency", "agency",
                    "user", "user", "from", "fromDay", "to", "toDay"), "trail");
            return Response.status(answer.status()).entity(audit.data("form", form).data("errors", errors).data("searched", false)
                    .data("items", List.of()).data("total", 0L).data("chain", chain).data("trails", TRAILS).data("current", 1)
                    .data("last", 1).data("query", "")).build();
        }
        if (!answer.ok()) {
            return ApiPages.problem(error, answer, "/audit");
        }
        long total = answer.body().path("total").asLong();
        String own = Query.of().with("trail", form.get("trail")).with("person", form.get("person")).with("resourceId", form.get("resourceId"))
                .with("agency", form.get("agency")).with("user", form.get("user")).with("fromDay", fromDay).with("fromMonth", fromMonth)
                .with("fromYear", fromYear).with("toDay", toDay).with("toMonth", toMonth).with("toYear", toYear).toString();
        return Response.ok(audit.data("form", form).data("errors", errors).data("searched", true)
                .data("items", JsonValues.value(answer.body().path("items"))).data("total", total).data("chain", chain)
                .data("trails", TRAILS).data("current", current).data("last", (int) Math.max(1, (total + 19) / 20))
                .data("query", own)).build();
    }

    private static Optional<LocalDate> date(Answers form, String prefix, Answers errors) {
        String day = form.get(prefix + "Day");
        String month = form.get(prefix + "Month");
        String year = form.get(prefix + "Year");
        if (day.isBlank() && month.isBlank() && year.isBlank()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = UkDates.fromParts(day, month, year);
        if (date.isEmpty()) {
            errors.put(prefix, "Enter a real date, for example 27 3 2026");
        }
        return date;
    }
}
