package org.earlyhelp.web.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/** What an API answered: status, body (JSON, or missing), and the headers a page needs (ETag, Location). */
public record ApiResponse(int status, JsonNode body, Optional<String> etag, Optional<String> location) {

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    public boolean notFound() {
        return status == 404;
    }

    /** A problem's field errors ({@code violations[]}): field path and message. */
    public List<FieldError> violations() {
        List<FieldError> errors = new ArrayList<>();
        for (JsonNode violation : body.path("violations")) {
            errors.add(new FieldError(violation.path("field").asText(""), violation.path("message").asText("")));
        }
        return errors;
    }

    /** The problem's words for a person: its detail, else its title. */
    public String problemDetail() {
        String detail = body.path("detail").asText("");
        return detail.isBlank() ? body.path("title").asText("Something went wrong") : detail;
    }

    static ApiResponse unavailable() {
        return new ApiResponse(503, MissingNode.getInstance(), Optional.empty(), Optional.empty());
    }

    /** One field error as the API names it, e.g. {@code children[0].lastName}. */
    public record FieldError(String field, String message) {
    }
}
