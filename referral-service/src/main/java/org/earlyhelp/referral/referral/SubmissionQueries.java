package org.earlyhelp.referral.referral;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.queries.HotQueries;

/** The HQL every referral submission runs (the cumulative-concern count), parsed at start. */
@ApplicationScoped
class SubmissionQueries implements HotQueries {

    @Override
    public Map<String, Class<?>> queries() {
        return Map.of(ReferralRepository.NAMINGS, ReferralRepository.Naming.class);
    }
}
