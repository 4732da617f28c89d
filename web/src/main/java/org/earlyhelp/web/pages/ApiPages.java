package org.earlyhelp.web.pages;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.earlyhelp.web.gateway.ApiResponse;
import org.earlyhelp.web.gateway.Gateway;

import io.quarkus.qute.Template;

/** What a page shows when the API said no: its answer in words, with the status it gave. */
public final class ApiPages {

    private ApiPages() {
    }

    /**
     * One page of an API list at {@code path} in {@code template}, as {@code items}, {@code total}, {@code current} and
     * {@code last} (pages of {@code size}, counted from 1 here and from 0 in the API); the API's refusal in words otherwise.
     */
    public static Response list(Gateway gateway, String path, Integer page, int size, Template template, Template error) {
        int current = page == null || page < 1 ? 1 : page;
        ApiResponse answer = gateway.get(Query.of().with("page", current - 1).with("size", size).on(path));
        if (!answer.ok()) {
            return problem(error, answer, "/");
        }
        long total = answer.body().path("total").asLong();
        return Response.ok(template.data("items", JsonValues.value(answer.body().path("items"))).data("total", total)
                .data("current", current).data("last", (int) Math.max(1, (total + size - 1) / size))).build();
    }

    public static Response problem(Template error, ApiResponse answer, String back) {
        String heading;
        String detail;
        switch (answer.status()) {
            case 404 -> {
                heading = "Not found";
                detail = "There is nothing at this address that you can see. It may not exist, or it may not have been shared with your agency.";
            }
            case 409 -> {
                heading = "That cannot be done now";
                detail = answer.problemDetail();
            }
            case 412 -> {
                heading = "Someone changed this since you opened it";
                detail = "Go back, look at it again and make your change once more.";
            }
            case 403 -> {
                heading = "You cannot do this";
                detail = "Your role does not allow it.";
            }
            case 503 -> {
                heading = "Sorry, this cannot be done right now";
                detail = answer.problemDetail().contains("consent") || answer.problemDetail().contains("sharing")
                        ? "Sharing cannot be checked right now, so nothing was shared. Try again later."
                        : "A part of the service is not available. Nothing was changed. Try again in a few minutes.";
            }
            default -> {
                heading = "Sorry, there is a problem";
                detail = answer.problemDetail();
            }
        }
        int status = answer.status() >= 400 ? answer.status() : 502;
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(error.data("heading", heading).data("detail", detail).data("back", back)).build();
    }
}
