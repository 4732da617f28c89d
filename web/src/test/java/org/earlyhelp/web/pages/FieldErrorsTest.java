package org.earlyhelp.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;

import org.earlyhelp.web.gateway.ApiResponse;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class FieldErrorsTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aProblemsFieldErrorsLandOnTheFormFieldsThatHoldThem() throws Exception {
        ApiResponse problem = new ApiResponse(400, json.readTree("""
                {"title":"Bad request","violations":[
                  {"field":"addAction.body.dueDate","message":"must be a future date"},
                  {"field":"outcomes[0].outcome","message":"must be one of needs-met, ..."},
                  {"field":"somethingElse","message":"is wrong"}]}"""), Optional.empty(), Optional.empty());

        Answers errors = FieldErrors.of(problem, Map.of("dueDate", "due", "outcomes", "outcomes"), "description");

        assertThat(errors.get("due")).isEqualTo("must be a future date");
        assertThat(errors.get("outcomes")).isEqualTo("must be one of needs-met, ...");
        assertThat(errors.get("description")).isEqualTo("is wrong");
    }

    @Test
    void aProblemWithoutFieldErrorsIsSaidInItsOwnWords() throws Exception {
        ApiResponse problem = new ApiResponse(409, json.readTree("{\"title\":\"Conflict\",\"detail\":\"The case is closed\"}"),
                Optional.empty(), Optional.empty());

        assertThat(FieldErrors.of(problem, Map.of(), "reason").summary()).extracting(Map.Entry::getValue)
                .containsExactly("The case is closed");
    }
}
