package org.earlyhelp.cases.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.earlyhelp.cases.casefile.CaseContent;
import org.earlyhelp.consent.client.DataCategory;

/** A review as the case's readers see it (the summary absent for a reader who does not read case notes). */
public record ReviewView(UUID id, LocalDate heldOn, List<NewReview.Attendee> attendees, List<NewReview.NeedProgress> progress,
        LocalDate nextReviewDue, String summary, Instant recordedAt, String recordedBy, String recordedAgency) {

    /**
     * The review as a reader of {@code content} sees it (decision 0057): progress on the needs of the categories it reads,
     * and the summary (free text from the meeting) if it reads case notes or its agency recorded the review.
     */
    static ReviewView of(Review review, CaseContent content) {
        return new ReviewView(review.id(), review.heldOn(),
                review.attendees().stream().map(a -> new NewReview.Attendee(a.name(), a.agency())).toList(),
                review.progress().stream().filter(p -> content.covers(p.need().dataCategory()))
                        .map(p -> new NewReview.NeedProgress(p.need(), p.progress(), p.note())).toList(),
                review.nextReviewDue(), content.covers(DataCategory.CASE_NOTES, review.recordedAgency()) ? review.summary() : null,
                review.recordedAt(), review.recordedBy(), review.recordedAgency());
    }
}
