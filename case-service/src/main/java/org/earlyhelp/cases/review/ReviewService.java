package org.earlyhelp.cases.review;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.earlyhelp.cases.casefile.Case;
import org.earlyhelp.cases.casefile.CaseContent;
import org.earlyhelp.cases.casefile.CasePart;
import org.earlyhelp.cases.casefile.CaseService;
import org.earlyhelp.cases.casefile.Changed;
import org.earlyhelp.cases.casefile.InvalidField;
import org.earlyhelp.cases.plan.Plan;
import org.earlyhelp.cases.plan.PlanService;
import org.earlyhelp.platform.audit.AuditAction;
import org.earlyhelp.platform.identity.Caller;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;

/** Reviews of the family plan, recorded by the lead's case lead; the latest sets when the next is due. */
@ApplicationScoped
public class ReviewService {

    /** By the day they were held, oldest first. */
    private static final CasePart<Review> REVIEWS = new CasePart<>(Review.class, "r.parent.id", "r.heldOn, r.recordedAt, r.id");

    private final CaseService cases;
    private final ReviewRepository reviews;
    private final PlanService plans;

    ReviewService(CaseService cases, ReviewRepository reviews, PlanService plans) {
        this.cases = cases;
        this.reviews = reviews;
        this.plans = plans;
    }

    @Transactional
    public Page<ReviewView> reviews(UUID caseId, Caller caller, PageRequest page) {
        return cases.partAsRead(caseId, caller, REVIEWS, content -> null, ReviewView::of, page);
    }

    /** How many reviews {@code kase} has had. */
    public int count(Case kase) {
        return (int) reviews.onCase(kase);
    }

    @Transactional
    public Changed<ReviewView> record(UUID caseId, NewReview body, Caller caller, String ifMatch) {
        Case kase = cases.led(caseId, caller, AuditAction.UPDATE);
        Plan plan = plans.of(kase);
        for (int i = 0; i < body.progress().size(); i++) {
            if (plan.need(body.progress().get(i).need()).isEmpty()) {
                throw new InvalidField("progress[" + i + "].need", "is not a need identified on this case");
            }
        }
        Review review = cases.change(kase, caller, ifMatch, false, by -> {
            Review held = Review.held(kase, !reviews.heldAfter(kase, body.heldOn()), body.heldOn(), body.nextReviewDue(),
                    body.summary(), body.attendees().stream().map(a -> new Review.Attendee(a.name(), a.agency())).toList(),
                    body.progress().stream().map(p -> new Review.NeedProgress(p.need(), p.progress(), p.note())).toList(), by,
                    Instant.now());
            reviews.persist(held);
            return held;
        });
        return Changed.of(ReviewView.of(review, CaseContent.whole(caller.agency())), kase);
    }
}
