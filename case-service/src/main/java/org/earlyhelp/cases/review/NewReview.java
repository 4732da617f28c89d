package org.earlyhelp.cases.review;

import static org.earlyhelp.platform.agency.Registered.Register.AGENCY;

import org.earlyhelp.platform.agency.Registered;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.earlyhelp.cases.plan.NeedCategory;

/** A review held: when, who came, progress per need, and when the next one is due. */
public record NewReview(
        @NotNull @PastOrPresent LocalDate heldOn,
        @NotEmpty @Size(max = 30) List<@Valid @NotNull Attendee> attendees,
        @Size(max = 10) List<@Valid @NotNull NeedProgress> progress,
        @NotNull LocalDate nextReviewDue,
        @Size(max = 4000) String summary) {

    public NewReview {
        progress = progress == null ? List.of() : progress;
    }

    public record Attendee(@NotBlank @Size(max = 200) String name,
            @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}", message = "must be an agency code") @Registered(AGENCY) String agency) {
    }

    public record NeedProgress(@NotNull NeedCategory need, @NotNull Progress progress, @Size(max = 2000) String note) {
    }

    /** Reported on {@code nextReviewDue}: the next review falls after this one. */
    @AssertTrue(message = "must fall after heldOn")
    boolean isNextReviewDue() {
        return heldOn == null || nextReviewDue == null || nextReviewDue.isAfter(heldOn);
    }
}
