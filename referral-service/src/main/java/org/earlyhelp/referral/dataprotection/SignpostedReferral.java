package org.earlyhelp.referral.dataprotection;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.dataprotection.ErasableRecord;
import org.earlyhelp.platform.dataprotection.RetentionJob;
import org.earlyhelp.platform.dataprotection.RetentionRule;

/**
 * A signposted referral with its onward referrals: evidence of what was shared and why, kept
 * {@code earlyhelp.retention.keep.signposted-referral} (6 years) from the later of the hub's decision and the end of
 * its last onward referral (the receiver's decision, its closing unsent, or its sending when the receiver never
 * decided). Not due while an onward referral still waits for consent.
 */
@ApplicationScoped
class SignpostedReferral implements RetentionRule {

    static final String TYPE = "signposted-referral";
    private static final String SIGNPOSTED = "r.status = 'SIGNPOSTED'";
    private static final String SETTLED = SIGNPOSTED + " and not exists (select 1 from onward_referral o"
            + " where o.referral_id = r.id and o.status = 'AWAITING_CONSENT')";
    private static final String CLOSURE = "greatest(r.decided_at, (select max(coalesce(o.decided_at, o.closed_at, o.sent_at))"
            + " from onward_referral o where o.referral_id = r.id))";

    private final ReferralRecords records;
    private final PersonLinks links;
    private final ReferralRows rows;

    SignpostedReferral(ReferralRecords records, PersonLinks links, ReferralRows rows) {
        this.records = records;
        this.links = links;
        this.rows = rows;
    }

    @Override
    public String recordType() {
        return TYPE;
    }

    @Override
    public List<ErasableRecord> due(Instant asOf, Period keep, int limit) {
        return records.referralsDue(TYPE, SETTLED, CLOSURE, RetentionJob.before(asOf, keep), limit);
    }

    @Override
    public List<ErasableRecord> naming(UUID personId) {
        return records.referralsNaming(TYPE, SIGNPOSTED, links.of(personId));
    }

    @Override
    public byte[] erase(ErasableRecord record) {
        return rows.eraseReferral(UUID.fromString(record.recordId()));
    }
}
