package org.earlyhelp.consent.subjectaccess;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The bundle as a page a person can read: a section per context with its records, the access log as a table, and the
 * data about other people apart, for the officer to redact. Every value is HTML-escaped: the records hold what
 * practitioners typed.
 */
final class SubjectAccessDocument {

    private static final List<String> ACCESS_COLUMNS = List.of("at", "username", "agency", "action", "resourceType", "resourceId",
            "purpose", "outcome");
    private static final List<String> THIRD_PARTY_COLUMNS = List.of("context", "recordType", "recordId", "personId", "description");

    private SubjectAccessDocument() {
    }

    static String of(JsonNode bundle) {
        StringBuilder page = new StringBuilder();
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Subject access request ")
                .append(escape(bundle.path("requestId").asText())).append("</title>\n</head>\n<body>\n");
        page.append("<h1>What Early Help Hub holds about person ").append(escape(bundle.path("personId").asText())).append("</h1>\n");
        page.append("<dl>\n");
        for (String field : List.of("requestId", "reference", "requestedBy", "agency", "requestedAt")) {
            page.append("<dt>").append(escape(field)).append("</dt><dd>").append(escape(text(bundle.path(field)))).append("</dd>\n");
        }
        page.append("</dl>\n");
        for (var context : (Iterable<Map.Entry<String, JsonNode>>) bundle.path("contexts")::fields) {
            JsonNode part = context.getValue();
            page.append("<section>\n<h2>").append(escape(context.getKey())).append(": ").append(part.path("records").size())
                    .append(" records</h2>\n");
            for (JsonNode record : part.path("records")) {
                page.append("<h3>").append(escape(record.path("recordType").asText())).append(" ")
                        .append(escape(record.path("recordId").asText())).append("</h3>\n");
                page.append("<p>Recorded ").append(escape(text(record.path("recordedAt")))).append("</p>\n");
                value(page, record.path("about"));
            }
            page.append("<h3>Who read or changed these records</h3>\n");
            table(page, ACCESS_COLUMNS, part.path("accessLog"));
            page.append("</section>\n");
        }
        page.append("<section>\n<h2>About other people (to redact before disclosure)</h2>\n");
        table(page, THIRD_PARTY_COLUMNS, bundle.path("thirdParties"));
        for (JsonNode party : bundle.path("thirdParties")) {
            page.append("<h3>").append(escape(party.path("description").asText())).append(" in ")
                    .append(escape(party.path("recordId").asText())).append("</h3>\n");
            value(page, party.path("data"));
        }
        page.append("</section>\n</body>\n</html>\n");
        return page.toString();
    }

    /** Any JSON value: objects as definition lists, arrays as lists, the rest as escaped text. */
    private static void value(StringBuilder page, JsonNode node) {
        if (node.isObject()) {
            page.append("<dl>\n");
            for (var field : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
                page.append("<dt>").append(escape(field.getKey())).append("</dt><dd>");
                value(page, field.getValue());
                page.append("</dd>\n");
            }
            page.append("</dl>\n");
        } else if (node.isArray()) {
            page.append("<ul>\n");
            for (JsonNode item : node) {
                page.append("<li>");
                value(page, item);
                page.append("</li>\n");
            }
            page.append("</ul>\n");
        } else {
            page.append(escape(text(node)));
        }
    }

    private static void table(StringBuilder page, List<String> columns, JsonNode rows) {
        page.append("<table>\n<thead><tr>");
        columns.forEach(column -> page.append("<th>").append(escape(column)).append("</th>"));
        page.append("</tr></thead>\n<tbody>\n");
        for (JsonNode row : rows) {
            page.append("<tr>");
            columns.forEach(column -> page.append("<td>").append(escape(text(row.path(column)))).append("</td>"));
            page.append("</tr>\n");
        }
        page.append("</tbody>\n</table>\n");
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? "" : node.isValueNode() ? node.asText() : node.toString();
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
