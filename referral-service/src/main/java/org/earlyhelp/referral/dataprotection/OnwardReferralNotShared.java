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
 * An onward referral closed with nothing shared ({@code consent-not-given}): kept
 * {@code earlyhelp.retention.keep.onward-referral-not-shared} (3 years) from its closing, then erased on its own; its
 * signposted referral keeps its own clock.
 */
@ApplicationScoped
class OnwardReferralNotShared implements RetentionRule {

    static final String TYPE = "onward-referral-not-shared";
    private static final String NOT_SHARED = "o.status = 'CONSENT_NOT_GIVEN'";

    private final ReferralRecords records;
    private final PersonLinks links;
    private final ReferralRows rows;

    OnwardReferralNotShared(ReferralRecords records, PersonLinks links, ReferralRows rows) {
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
        return records.onwardsDue(TYPE, NOT_SHARED, "o.closed_at", RetentionJob.before(asOf, keep), limit);
    }

    @Override
    public List<ErasableRecord> naming(UUID personId) {
        return records.onwardsNaming(TYPE, NOT_SHARED, links.of(personId));
    }

    @Override
    public byte[] erase(ErasableRecord record) {
        return rows.eraseOnward(UUID.fromString(record.recordId()));
    }
}
