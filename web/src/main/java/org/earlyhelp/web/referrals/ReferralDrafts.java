package org.earlyhelp.web.referrals;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

/** Drafts by id, each readable only by the person who started it, forgotten after two hours untouched. */
@ApplicationScoped
class ReferralDrafts {

    private static final Duration KEPT = Duration.ofHours(2);

    private final Map<String, ReferralDraft> drafts = new ConcurrentHashMap<>();

    ReferralDraft start(String owner) {
        ReferralDraft draft = new ReferralDraft(owner);
        drafts.put(draft.id, draft);
        return draft;
    }

    Optional<ReferralDraft> find(String id, String owner) {
        ReferralDraft draft = drafts.get(id);
        if (draft == null || !draft.owner.equals(owner)) {
            return Optional.empty();
        }
        draft.lastUsed = System.nanoTime();
        return Optional.of(draft);
    }

    @Scheduled(every = "10m", delayed = "10m")
    void forgetOld() {
        long now = System.nanoTime();
        drafts.values().removeIf(draft -> now - draft.lastUsed > KEPT.toNanos());
    }
}
