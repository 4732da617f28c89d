package org.earlyhelp.referral.alert;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.earlyhelp.platform.access.Condition;
import org.earlyhelp.platform.access.Reach;
import org.earlyhelp.platform.access.Visibility;
import org.earlyhelp.platform.identity.Caller;

/** Who may see (and acknowledge) a cumulative-concern alert: the hub's screeners of the alert's area, nobody else. */
public final class ConcernAlertVisibility implements Visibility<ConcernAlert> {

    public static final ConcernAlertVisibility HUB_OF_THE_AREA = new ConcernAlertVisibility();

    private ConcernAlertVisibility() {
    }

    @Override
    public Class<ConcernAlert> type() {
        return ConcernAlert.class;
    }

    @Override
    public String resource() {
        return CumulativeConcern.RESOURCE;
    }

    @Override
    public String purpose() {
        return "cumulative-concern";
    }

    @Override
    public Condition visibleTo(Caller caller) {
        return Condition.of("r.area in :reachHubAreas", Map.of("reachHubAreas", Reach.of(caller).hubAreasOrNone()));
    }

    @Override
    public Collection<UUID> people(ConcernAlert alert) {
        return List.of(alert.personId);
    }
}
