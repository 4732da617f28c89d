package org.earlyhelp.web.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

/**
 * What someone typed into a form, field by field, kept as typed (so a page shows it back, right or wrong). Templates
 * read a field by its name, {@code {form.lastName}}; a field never filled in is empty. Also serves as the page's
 * field errors ({@code {errors.lastName}}: the message, or empty).
 */
public final class Answers {

    private final Map<String, String> values = new LinkedHashMap<>();

    public static Answers from(MultivaluedMap<String, String> form, List<String> fields) {
        Answers answers = new Answers();
        for (String field : fields) {
            String value = form.getFirst(field);
            answers.put(field, value == null ? "" : value.trim());
        }
        return answers;
    }

    public Answers put(String field, String value) {
        values.put(field, value == null ? "" : value);
        return this;
    }

    public String get(String field) {
        return values.getOrDefault(field, "");
    }

    public boolean has(String field) {
        return !get(field).isBlank();
    }

    public boolean isEmpty() {
        return values.values().stream().allMatch(String::isBlank);
    }

    public Map<String, String> asMap() {
        return values;
    }

    public Answers copy() {
        Answers copy = new Answers();
        copy.values.putAll(values);
        return copy;
    }

    /** Field errors in page order, for the GOV.UK error summary: {@code {#for e in errors.summary}}. */
    public List<Map.Entry<String, String>> summary() {
        return values.entrySet().stream().filter(e -> !e.getValue().isBlank()).toList();
    }
}
