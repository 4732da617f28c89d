package org.earlyhelp.cases.review;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.earlyhelp.cases.casefile.Case;
import org.earlyhelp.cases.casefile.CasePart;
import org.earlyhelp.cases.casefile.CaseService;
import org.earlyhelp.cases.casefile.Changed;
import org.earlyhelp.cases.casefile.InvalidField;
import org.earlyhelp.cases.casefile.Review;
import org.earlyhelp.platform.audit.AuditAction;
import org.earlyhelp.platform.identity.Caller;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;

/** Reviews of the family plan, recorded by the lead's case lead; the latest sets when the next is due. */
@ApplicationScoped
public class ReviewService {

    private final CaseService cases;

    ReviewService(CaseService cases) {
        this.cases = cases;
    }

    @Transactional
    public Page<ReviewView> reviews(UUID caseId, Caller caller, PageRequest page) {
        return cases.part(caseId, caller, CasePart.REVIEWS, null, page).map(ReviewView::of);
    }

    @Transactional
    public Changed<ReviewView> record(UUID caseId, NewReview body, Caller caller, String ifMatch) {
        Case kase = cases.led(caseId, caller, AuditAction.UPDATE);
        for (int i = 0; i < body.progress().size(); i++) {
            if (kase.need(body.progress().get(i).need()).isEmpty()) {
                throw new InvalidField("progress[" + i + "].need", "is not a need identified on this case");
            }
        }
        Review review = cases.change(kase, caller, ifMatch, false, by -> kase.recordReview(body.heldOn(), body.nextReviewDue(),
                body.summary(), body.attendees().stream().map(a -> new Review.Attendee(a.name(), a.agency())).toList(),
                body.progress().stream().map(p -> new Review.NeedProgress(p.need(), p.progress(), p.note())).toList(), by,
                Instant.now()));
        return Changed.of(ReviewView.of(review), kase);
    }
}
