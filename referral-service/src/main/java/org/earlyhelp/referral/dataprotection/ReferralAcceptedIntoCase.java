package org.earlyhelp.referral.dataprotection;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.dataprotection.ErasableRecord;
import org.earlyhelp.platform.dataprotection.RetentionRule;

/**
 * A referral accepted into a case is part of the case record and kept as long as its case (decision 0061): never due
 * here, erased when case-service's feed says the case was erased ({@link CaseErasure}) or with a person erased on
 * request. Its period setting is therefore not applied.
 */
@ApplicationScoped
class ReferralAcceptedIntoCase implements RetentionRule {

    static final String TYPE = "referral-accepted-into-case";
    static final String ACCEPTED = "r.status = 'ACCEPTED'";

    private final ReferralRecords records;
    private final PersonLinks links;
    private final ReferralRows rows;

    ReferralAcceptedIntoCase(ReferralRecords records, PersonLinks links, ReferralRows rows) {
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
        return List.of();
    }

    @Override
    public List<ErasableRecord> naming(UUID personId) {
        return records.referralsNaming(TYPE, ACCEPTED, links.of(personId));
    }

    /** The accepted referrals among {@code referralIds}, as records to erase. */
    List<ErasableRecord> accepted(List<UUID> referralIds) {
        return referralIds.isEmpty() ? List.of() : records.referralsWhere(TYPE, ACCEPTED + " and r.id in (:ids)", referralIds);
    }

    @Override
    public byte[] erase(ErasableRecord record) {
        return rows.eraseReferral(UUID.fromString(record.recordId()));
    }
}
