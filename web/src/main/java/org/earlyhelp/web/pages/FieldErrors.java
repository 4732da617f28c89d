package org.earlyhelp.web.pages;

import java.util.Map;

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
        Answers errors = new Answers();
        for (ApiResponse.FieldError violation : answer.violations()) {
            String field = violation.field();
            String formField = formFieldOfApiField.entrySet().stream()
                    .filter(e -> java.util.regex.Pattern.compile("(^|\\.)" + java.util.regex.Pattern.quote(e.getKey()) + "($|[.\\[])")
                            .matcher(field).find())
                    .map(Map.Entry::getValue).findFirst().orElse(fallback);
            if (!errors.has(formField)) {
                errors.put(formField, violation.message());
            }
        }
        if (errors.summary().isEmpty()) {
            errors.put(fallback, answer.problemDetail());
        }
        return errors;
    }

    /** Whether the API refused the request as bad input (its field errors belong on the form). */
    public static boolean badInput(ApiResponse answer) {
        return answer.status() == 400 || answer.status() == 422;
    }
}
