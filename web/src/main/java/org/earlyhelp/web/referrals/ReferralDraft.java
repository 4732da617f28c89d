package org.earlyhelp.web.referrals;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.earlyhelp.web.pages.Answers;

/**
 * A referral being written, page by page, kept on the server between the question pages (so the journey needs no
 * JavaScript and nothing of the family sits in the browser). Its idempotency key goes into the check-your-answers
 * form: submitting twice (a double click, a resubmitted page) makes one referral.
 */
final class ReferralDraft {

    final String id = UUID.randomUUID().toString();
    final String owner;
    final String idempotencyKey = UUID.randomUUID().toString();
    final List<Answers> children = new ArrayList<>();
    final List<Answers> household = new ArrayList<>();
    final List<Answers> concerns = new ArrayList<>();
    Answers risk = new Answers();
    Answers family = new Answers();
    /** Set once the API has the referral: the reference shown on the confirmation page. */
    String reference;
    volatile long lastUsed = System.nanoTime();

    ReferralDraft(String owner) {
        this.owner = owner;
    }

    boolean immediateRisk() {
        return "yes".equals(risk.get("immediateRisk"))
                || concerns.stream().anyMatch(concern -> "significant-harm".equals(concern.get("severity")));
    }

    String urgency() {
        return "yes".equals(risk.get("immediateRisk")) ? "immediate-risk" : risk.get("urgency");
    }

    /** The first question still unanswered, so "Continue" always leads somewhere useful. */
    String nextStep() {
        if (children.isEmpty()) {
            return "child";
        }
        if (concerns.isEmpty()) {
            return "concern";
        }
        if (!risk.has("immediateRisk")) {
            return "risk";
        }
        if (!family.has("knows")) {
            return "family";
        }
        return "check";
    }
}
