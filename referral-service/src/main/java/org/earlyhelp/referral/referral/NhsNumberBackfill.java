package org.earlyhelp.referral.referral;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Gives the NHS number lookup value (decision 0066) to people written without one: every referral before
 * {@code V16__nhs_number_lookup}, and any an instance of the previous version writes during a rolling update. The number
 * is sealed in the referral's content, which only the application opens, hence a job rather than a migration. The value
 * is the same whoever computes it, so instances running it at once only repeat each other's work.
 */
@ApplicationScoped
public class NhsNumberBackfill {

    private static final Logger LOG = Logger.getLogger(NhsNumberBackfill.class);
    private static final int REFERRALS_PER_RUN = 200;

    private final EntityManager entities;
    private final ReferralService referrals;
    private final NhsNumberLookup lookup;

    NhsNumberBackfill(EntityManager entities, ReferralService referrals, NhsNumberLookup lookup) {
        this.entities = entities;
        this.referrals = referrals;
        this.lookup = lookup;
    }

    @Scheduled(identity = "nhs-number-backfill", every = "${earlyhelp.nhs-number-backfill.every:1m}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        while (run() == REFERRALS_PER_RUN) {
            // the next batch, until none is left
        }
    }

    /** One batch; how many referrals' people it gave their lookup values. */
    @Transactional
    public int run() {
        @SuppressWarnings("unchecked")
        List<UUID> pending = entities.createNativeQuery(
                "select distinct referral_id from referral_person where nhs_number_lookup is null limit " + REFERRALS_PER_RUN)
                .getResultList();
        for (UUID id : pending) {
            Referral referral = entities.find(Referral.class, id);
            lookup.index(referral, referrals.body(referral));
        }
        if (!pending.isEmpty()) {
            LOG.infof("Gave the people of %d referrals their NHS number lookup values", pending.size());
        }
        return pending.size();
    }
}
