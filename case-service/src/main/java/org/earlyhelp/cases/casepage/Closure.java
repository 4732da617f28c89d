package org.earlyhelp.cases.casepage;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.earlyhelp.cases.casefile.NeedOutcome;
import org.earlyhelp.cases.plan.NeedCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Closing a case: an outcome for each identified need, and why the case closes. */
public record Closure(@NotEmpty @Size(max = 10) List<@Valid @NotNull Outcome> outcomes, @NotBlank @Size(max = 4000) String reason) {

    @Schema(name = "ClosureOutcome")
    public record Outcome(@NotNull NeedCategory need, @NotNull NeedOutcome outcome) {
    }

    /** The case's one-word outcome: {@code needs-met} if every need was met, otherwise the first other outcome given. */
    public static NeedOutcome headline(List<Outcome> outcomes) {
        return outcomes.stream().map(Outcome::outcome).filter(outcome -> outcome != NeedOutcome.NEEDS_MET).findFirst()
                .orElse(NeedOutcome.NEEDS_MET);
    }
}
