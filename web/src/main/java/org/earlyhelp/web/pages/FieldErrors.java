package org.earlyhelp.web.pages;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.earlyhelp.web.gateway.ApiResponse;

/**
 * A problem's field errors ({@code violations[]} of the API's problem+json) as a page's GOV.UK error summary: each
 * API field named as the form field that holds it; one the form has no field for goes to {@code fallback}. A problem
 * without field errors is said in its own words, at {@code fallback}.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static Answers of(ApiResponse answer, Map<String, String> formFieldOfApiField, String fallback) {
        return of(answer, named(formFieldOfApiField), fallback);
    }

    /** As {@link #of(ApiResponse, Map, String)}, with a function naming the form field of an API field (null: none). */
    public static Answers of(ApiResponse answer, Function<String, String> formFieldOf, String fallback) {
        Answers errors = new Answers();
        for (ApiResponse.FieldError violation : answer.violations()) {
            String formField = Objects.requireNonNullElse(formFieldOf.apply(violation.field()), fallback);
            if (!errors.has(formField)) {
                errors.put(formField, violation.message());
            }
        }
        if (errors.summary().isEmpty()) {
            errors.put(fallback, answer.problemDetail());
        }
        return errors;
    }

    /** The form field of an API field by the map's names: an API field names the map's key, or a field within it. */
    public static Function<String, String> named(Map<String, String> formFieldOfApiField) {
        return field -> formFieldOfApiField.entrySet().stream()
                .filter(e -> Pattern.compile("(^|\\.)" + Pattern.quote(e.getKey()) + "($|[.\\[])").matcher(field).find())
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /** Whether the API refused the request as bad input (its field errors belong on the form). */
    public static boolean badInput(ApiResponse answer) {
        return answer.status() == 400 || answer.status() == 422;
    }
}
