package org.earlyhelp.cases.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A review as the case's readers see it. */
public record ReviewView(UUID id, LocalDate heldOn, List<NewReview.Attendee> attendees, List<NewReview.NeedProgress> progress,
        LocalDate nextReviewDue, String summary, Instant recordedAt, String recordedBy, String recordedAgency) {

    static ReviewView of(Review review) {
        return new ReviewView(review.id(), review.heldOn(),
                review.attendees().stream().map(a -> new NewReview.Attendee(a.name(), a.agency())).toList(),
                review.progress().stream().map(p -> new NewReview.NeedProgress(p.need(), p.progress(), p.note())).toList(),
                review.nextReviewDue(), review.summary(), review.recordedAt(), review.recordedBy(), review.recordedAgency());
    }
}
