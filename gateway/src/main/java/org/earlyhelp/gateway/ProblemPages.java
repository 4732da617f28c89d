package org.earlyhelp.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.earlyhelp.platform.http.HttpProblems;
import org.earlyhelp.platform.http.Problem;
import org.earlyhelp.platform.http.ProblemKind;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The page behind every problem {@code type}: {@code /problems} lists each kind the suite answers with,
 * {@code /problems/<kind>} explains one, for a partner's developer. Public, like the API documents.
 * Any path the gateway routes nowhere is a 404 problem, not the HTTP server's HTML page.
 */
@ApplicationScoped
class ProblemPages {

    private final ObjectMapper json;

    ProblemPages(ObjectMapper json) {
        this.json = json;
    }

    void mount(@Observes Router router) {
        router.get("/problems").handler(context -> html(context, "Problem types", index()));
        router.get("/problems/:kind").handler(this::kind);
        router.route().order(Integer.MAX_VALUE).handler(context -> HttpProblems.send(context, json, Problem.of(ProblemKind.NOT_FOUND,
                "Nothing is served at this path; the APIs are listed at /q/openapi and described at /q/swagger-ui")));
    }

    private void kind(RoutingContext context) {
        ProblemKind.bySlug(context.pathParam("kind")).ifPresentOrElse(
                kind -> html(context, kind.title(), section(kind)),
                () -> HttpProblems.send(context, json,
                        Problem.of(ProblemKind.NOT_FOUND, "There is no problem type of that name; /problems lists them")));
    }

    private static String index() {
        StringBuilder body = new StringBuilder("<p>Every error of the Early Help Hub APIs is an RFC 9457 problem"
                + " (<code>application/problem+json</code>) whose <code>type</code> is one of these. Each has"
                + " <code>title</code>, <code>status</code>, <code>detail</code> (words for a person),"
                + " <code>instance</code> (the path asked for), <code>requestId</code> (quote it to support) and, for"
                + " field errors, <code>violations[]</code>.</p>");
        for (ProblemKind kind : ProblemKind.values()) {
            body.append(section(kind));
        }
        return body.toString();
    }

    private static String section(ProblemKind kind) {
        return "<section id=\"" + kind.slug() + "\"><h2><a href=\"" + kind.type() + "\">" + escape(kind.title()) + "</a></h2>"
                + "<p><code>type</code>: <code>" + kind.type() + "</code>, status " + kind.status() + "</p>"
                + "<p>" + escape(kind.description()) + "</p></section>";
    }

    private static void html(RoutingContext context, String title, String body) {
        context.response().putHeader("Content-Type", "text/html; charset=utf-8")
                .putHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                .putHeader("X-Content-Type-Options", "nosniff")
                .end("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                        + " – Early Help Hub API</title></head><body><h1>" + escape(title) + "</h1>" + body + "</body></html>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("`", "");
    }
}
