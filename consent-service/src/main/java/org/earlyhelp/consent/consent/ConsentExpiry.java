package org.earlyhelp.consent.consent;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.earlyhelp.platform.audit.AuditEntry;
import org.earlyhelp.platform.audit.AuditTrail;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Marks consents whose period has ended as expired, keeps the version and publishes
 * {@code consent.expired}, so that case-service can end the access that rested on them. Safe
 * with several replicas: each batch locks its rows with {@code SKIP LOCKED}.
 */
@ApplicationScoped
class ConsentExpiry {

    private static final Logger LOG = Logger.getLogger(ConsentExpiry.class);
    static final String EXPIRE = "expire";

    private final ConsentRepository consents;
    private final ConsentHistory history;
    private final ConsentEvents events;
    private final AuditTrail audit;
    private final ExpiryConfig config;

    ConsentExpiry(ConsentRepository consents, ConsentHistory history, ConsentEvents events, AuditTrail audit,
            ExpiryConfig config) {
        this.consents = consents;
        this.history = history;
        this.events = events;
        this.audit = audit;
        this.config = config;
    }

    /** A round that starts while the service stops would find the database gone; the next start catches up. */
    private volatile boolean stopping;

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    @Scheduled(identity = "consent-expiry", every = "${earlyhelp.consent.expiry.interval:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void expireLapsed() {
        if (stopping) {
            return;
        }
        int expired;
        do {
            expired = QuarkusTransaction.requiringNew().call(this::expireBatch);
            if (expired > 0) {
                LOG.infof("Marked %d lapsed consent(s) expired", expired);
            }
        } while (expired == config.batchSize() && !stopping);
    }

    private int expireBatch() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<Consent> lapsed = consents.lapsed(now, config.batchSize());
        for (Consent consent : lapsed) {
            ConsentChange change = consent.expire(now);
            consents.flush();
            history.keep(ConsentView.of(consent, now), change);
            events.publish(consent, change);
            audit.record(AuditEntry.system(Consent.EXPIRY_JOB.name()).action(EXPIRE)
                    .resource(ConsentService.RESOURCE, consent.id()).person(consent.personId()).build());
        }
        return lapsed.size();
    }
}
