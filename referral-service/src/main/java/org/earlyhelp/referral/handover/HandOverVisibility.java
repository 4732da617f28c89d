package org.earlyhelp.referral.handover;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import org.earlyhelp.platform.access.Condition;
import org.earlyhelp.platform.access.Reach;
import org.earlyhelp.platform.access.Visibility;
import org.earlyhelp.platform.identity.Caller;

/**
 * Who may see a hand-over (README "Access", relationship "receiving front door"): the working roles of the front door it
 * was handed over to, and nobody else. The hub and the referrer follow it on the referral's history and the hub's queue;
 * the front door sees the referral through its hand-overs only, never through the referral's own rule.
 */
final class HandOverVisibility implements Visibility<HandOver> {

    static final HandOverVisibility RECEIVED = new HandOverVisibility();

    static final String RESOURCE = "hand-over";
    static final String PURPOSE = "child-protection-referral";

    private HandOverVisibility() {
    }

    @Override
    public Class<HandOver> type() {
        return HandOver.class;
    }

    @Override
    public String resource() {
        return RESOURCE;
    }

    @Override
    public String purpose() {
        return PURPOSE;
    }

    @Override
    public Condition visibleTo(Caller caller) {
        return Condition.of("r.frontDoorAgency = :reachAgency", Map.of("reachAgency", Reach.of(caller).agencyOrNone()));
    }

    @Override
    public Collection<UUID> people(HandOver handOver) {
        return handOver.referral.personIds();
    }
}
