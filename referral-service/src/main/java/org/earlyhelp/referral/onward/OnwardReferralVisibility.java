package org.earlyhelp.referral.onward;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Singleton;

import org.earlyhelp.platform.access.Condition;
import org.earlyhelp.platform.access.Reach;
import org.earlyhelp.platform.access.Visibility;
import org.earlyhelp.platform.identity.Caller;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Who may see an onward referral (README "Access"): the working roles of the receiving agency once something was sent to
 * it (never while it awaits consent, nor once closed for want of it, when nothing was shared), the working roles of the agency that made the referral
 * (it follows what became of its referral), and the hub's screeners of the referral's area. The referral behind it stays
 * the referral's own rule: a receiver never sees it.
 */
@Singleton
public class OnwardReferralVisibility implements Visibility<OnwardReferral> {

    static final String RESOURCE = "onward-referral";
    /** Never sent, so nothing of it is the receiving agency's: waiting for consent, or closed for want of it. */
    static final List<OnwardStatus> UNSENT = List.of(OnwardStatus.AWAITING_CONSENT, OnwardStatus.CONSENT_NOT_GIVEN);

    private final ObjectMapper json;

    OnwardReferralVisibility(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Class<OnwardReferral> type() {
        return OnwardReferral.class;
    }

    @Override
    public String resource() {
        return RESOURCE;
    }

    @Override
    public String purpose() {
        return "onward-referral";
    }

    @Override
    public Condition visibleTo(Caller caller) {
        Reach reach = Reach.of(caller);
        return Condition.of("(r.receivingAgency = :reachAgency and r.status not in :unsent)"
                + " or r.referringAgency = :reachAgency or r.area in :reachHubAreas",
                Map.of("reachAgency", reach.agencyOrNone(), "unsent", UNSENT, "reachHubAreas", reach.hubAreasOrNone()));
    }

    /** The people whose data was shared: all that an onward referral shows of anyone. */
    @Override
    public Collection<UUID> people(OnwardReferral onward) {
        return onward.shared == null ? List.of()
                : shared(onward).people().stream().map(SharedContent.SharedPerson::personId).toList();
    }

    SharedContent shared(OnwardReferral onward) {
        try {
            return json.readValue(onward.shared, SharedContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored shared content of onward referral " + onward.id + " is unreadable", e);
        }
    }
}
