package org.earlyhelp.referral.onward;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Onward referrals waiting for consent look after themselves (no hub action needed): when consent-service's feed says a
 * consent about one of their people changed, they are marked ({@link #consentChanged}, in the feed consumer's
 * transaction) and, every {@code earlyhelp.onward.recheck-interval}, asked about again as this service with no
 * transaction open; one still waiting after {@code earlyhelp.onward.consent-wait} is closed as {@code consent-not-given}.
 * Each onward referral is decided in its own transaction, so one that fails is tried again next round.
 */
@ApplicationScoped
public class WaitingForConsent {

    private static final Logger LOG = Logger.getLogger(WaitingForConsent.class);
    /** Onward referrals handled per round; the rest wait for the next. */
    private static final int BATCH = 50;

    private final OnwardReferralService onward;

    WaitingForConsent(OnwardReferralService onward) {
        this.onward = onward;
    }

    /** A consent about {@code personId} was recorded or changed ({@code at}): their waiting onward referrals are asked about again. */
    public void consentChanged(UUID personId, Instant at) {
        onward.consentChanged(personId, at);
    }

    @Scheduled(identity = "onward-consent-recheck", every = "${earlyhelp.onward.recheck-interval:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void lookAfterWaiting() {
        Instant now = Instant.now();
        for (UUID id : onward.waitedTooLong(now, BATCH)) {
            attempt("close", id, () -> onward.closeWithoutConsent(id, now));
        }
        for (UUID id : onward.markedForRecheck(BATCH)) {
            attempt("ask again about", id, () -> onward.recheckAsService(id));
        }
    }

    private static void attempt(String what, UUID id, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            // Another replica, or the hub, changed it meanwhile, or the database is away: the next round tries again.
            LOG.infof("Could not %s onward referral %s waiting for consent this round (%s)", what, id, e.getClass().getSimpleName());
        }
    }
}
