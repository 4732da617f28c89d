package org.earlyhelp.consent.participation;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.consent.lawfulbasis.HandOverLawfulBases;
import org.earlyhelp.consent.participation.ParticipationProjection.Work;
import org.earlyhelp.platform.dataprotection.RecordErased;
import org.earlyhelp.platform.events.CloudEvent;
import org.earlyhelp.platform.events.FeedConsumer;
import org.earlyhelp.referral.contract.ReferralFeed;

/**
 * Follows referral-service's feed, reading its published {@link ReferralFeed} records: the
 * referring agency takes part from submission, and the receiving agency of an onward referral from
 * when it is sent until it is declined. The referral's area is kept for each person, so the hub's
 * triage for that area reaches them. A confirmed match makes two ids one person until it is undone
 * ({@link PersonLinks}). A referral or onward referral referral-service erased ({@code record.erased}) takes with it what
 * was projected from it: the participation and areas resting on it and the links confirmed on it. A referral handed over
 * to children's social care ({@code referral.handed-over}) gets its lawful basis ({@link HandOverLawfulBases}); the front
 * door takes no part here.
 */
@ApplicationScoped
class ReferralEvents extends FeedConsumer {

    static final String NAME = "referral-events";

    private final ParticipationProjection projection;
    private final HandOverLawfulBases handOverBases;

    ReferralEvents(ParticipationProjection projection, HandOverLawfulBases handOverBases) {
        this.projection = projection;
        this.handOverBases = handOverBases;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    protected void handle(CloudEvent event) {
        switch (event.type()) {
            case ReferralFeed.Submitted.TYPE -> event.dataAs(ReferralFeed.Submitted.class).ifPresent(submitted -> {
                Work referral = new Work("referral", submitted.referralId());
                projection.join(event, referral, submitted.personIds(), submitted.referringAgency());
                projection.locate(event, referral, submitted.personIds(), submitted.area());
            });
            case ReferralFeed.Accepted.TYPE -> event.dataAs(ReferralFeed.Accepted.class).ifPresent(accepted -> {
                Work referral = new Work("referral", accepted.referralId());
                projection.join(event, referral, accepted.personIds(), accepted.referringAgency());
                projection.locate(event, referral, accepted.personIds(), accepted.area());
                if (accepted.leadAgency() != null && !accepted.leadAgency().isBlank()) {
                    projection.join(event, referral, accepted.personIds(), accepted.leadAgency());
                }
            });
            case ReferralFeed.PersonLinked.TYPE -> event.dataAs(ReferralFeed.PersonLinked.class).ifPresent(linked ->
                    projection.link(event, linked.referralId(), linked.mintedPersonId(), linked.personId()));
            case ReferralFeed.PersonUnlinked.TYPE -> event.dataAs(ReferralFeed.PersonUnlinked.class).ifPresent(unlinked ->
                    projection.unlink(event, unlinked.mintedPersonId(), unlinked.personId()));
            case ReferralFeed.OnwardReferral.SENT, ReferralFeed.OnwardReferral.ACCEPTED -> event.dataAs(ReferralFeed.OnwardReferral.class)
                    .ifPresent(onward -> projection.join(event, new Work("onward-referral", onward.onwardReferralId()),
                            onward.personIds(), onward.receivingAgency()));
            case ReferralFeed.OnwardReferral.DECLINED -> event.dataAs(ReferralFeed.OnwardReferral.class)
                    .ifPresent(onward -> projection.leave(event, new Work("onward-referral", onward.onwardReferralId()),
                            onward.personIds(), onward.receivingAgency()));
            case ReferralFeed.HandOver.HANDED_OVER -> event.dataAs(ReferralFeed.HandOver.class)
                    .ifPresent(handOverBases::handedOver);
            case RecordErased.TYPE -> event.dataAs(RecordErased.class).ifPresent(erased ->
                    projection.forget(event, erased, "referral", "onward-referral"));
            default -> {
                // Other referral events do not change who takes part.
            }
        }
    }
}
