package org.earlyhelp.platform.chronology;

import java.util.List;
import java.util.UUID;

import org.earlyhelp.platform.identity.Caller;

/**
 * One part of what a service knows about a person in time (referrals, matches, alerts, onward referrals, cases, consents,
 * lawful bases...). A service declares one {@code @ApplicationScoped} bean per part; the platform gathers them all at
 * {@code GET /api/chronology/<context>/people/{personId}}. A new part (a hand-over, say) is one more bean.
 */
public interface ChronologySource {

    /**
     * What this part holds about {@code personId} (under any id the service links to it), one entry per event, each
     * only with what {@code caller} may see under the service's own record visibility: a record the caller may not see
     * gives no entry at all.
     */
    List<ChronologyEntry> entriesAbout(UUID personId, Caller caller);
}
