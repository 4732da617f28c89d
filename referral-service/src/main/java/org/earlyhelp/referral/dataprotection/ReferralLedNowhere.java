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
 * A referral that ended without a case or signposting: closed with no further action, withdrawn, or escalated to
 * children's social care (which keeps its own record). Kept {@code earlyhelp.retention.keep.referral-led-nowhere}
 * (3 years) from that decision. A referral still waiting for the hub's decision is never due, but goes with a person
 * erased on request under this type.
 */
@ApplicationScoped
class ReferralLedNowhere implements RetentionRule {

    static final String TYPE = "referral-led-nowhere";
    private static final String ENDED = "r.status in ('NO_FURTHER_ACTION', 'WITHDRAWN', 'ESCALATED')";
    private static final String ENDED_OR_UNDECIDED = "r.status in ('NO_FURTHER_ACTION', 'WITHDRAWN', 'ESCALATED',"
            + " 'SUBMITTED', 'IN_TRIAGE', 'AWAITING_INFORMATION')";

    private final ReferralRecords records;
    private final PersonLinks links;
    private final ReferralRows rows;

    ReferralLedNowhere(ReferralRecords records, PersonLinks links, ReferralRows rows) {
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
        return records.referralsDue(TYPE, ENDED, "r.decided_at", RetentionJob.before(asOf, keep), limit);
    }

    @Override
    public List<ErasableRecord> naming(UUID personId) {
        return records.referralsNaming(TYPE, ENDED_OR_UNDECIDED, links.of(personId));
    }

    @Override
    public byte[] erase(ErasableRecord record) {
        return rows.eraseReferral(UUID.fromString(record.recordId()));
    }
}
