package org.earlyhelp.consent.participation;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.events.CloudEvent;
import org.earlyhelp.platform.events.FeedConsumer;

/**
 * Follows referral-service's feed: the referring agency takes part from submission, and the
 * receiving agency of an onward referral from when it is sent until it is declined or withdrawn.
 * The referral's area is kept for each person, so the hub's triage for that area reaches them.
 */
@ApplicationScoped
class ReferralEvents extends FeedConsumer {

    static final String NAME = "referral-events";

    private final ParticipationProjection projection;

    ReferralEvents(ParticipationProjection projection) {
        this.projection = projection;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    protected void handle(CloudEvent event) {
        ParticipationChange change = ParticipationChange.of(event);
        switch (event.type()) {
            case "referral.submitted" -> {
                projection.join(change, "referral", "referralId", "referringAgency");
                projection.locate(change, "referral", "referralId");
            }
            case "referral.accepted" -> {
                projection.join(change, "referral", "referralId", "referringAgency");
                projection.locate(change, "referral", "referralId");
                if (change.text("leadAgency").isPresent()) {
                    projection.join(change, "referral", "referralId", "leadAgency");
                }
            }
            case "referral.person-linked" -> projection.link(change);
            case "onward-referral.sent", "onward-referral.accepted" ->
                    projection.join(change, "onward-referral", "onwardReferralId", "receivingAgency");
            case "onward-referral.declined", "onward-referral.withdrawn" ->
                    projection.leave(change, "onward-referral", "onwardReferralId", "receivingAgency");
            default -> {
                // Other referral events do not change who takes part.
            }
        }
    }
}
