package org.earlyhelp.platform.dataprotection;

import java.util.List;
import java.util.UUID;

import org.earlyhelp.platform.identity.Caller;

/**
 * One part of what a service holds about people, for a subject access request (issue 28). A service declares one
 * {@code @ApplicationScoped} bean per part (referrals, matches, cases, consents...). The platform gathers them all,
 * with the person's access log from the audit trail, at {@code GET /api/data-protection/<context>/people/{personId}}.
 */
public interface SubjectAccessSource {

    /**
     * Every record of this part that names {@code personId} (under any id the service links to it) in the areas of
     * {@code officer} (a data protection officer, {@link DataProtection#OFFICER}), opened: what the person is told.
     * Data in the same records about other people (household members, notes about them) goes in
     * {@link HeldRecord#thirdParties()}, for the officer to redact.
     */
    List<HeldRecord> recordsAbout(UUID personId, Caller officer);
}
