package org.earlyhelp.referral.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.earlyhelp.platform.change.Actor;
import org.earlyhelp.platform.change.IllegalTransition;

/** Issue 29 point 1 on the domain object: awaiting-information and back, the paused deadline, and amendments. */
class AwaitingInformationStateMachineTest {

    private static final Actor REFERRER = new Actor("u1", "pc.hughes", "northshire-police");
    private static final Actor SCREENER = new Actor("u2", "sam.screener", "northshire-early-help");
    private static final Instant ASKED = Instant.parse("2025-03-03T12:00:00Z");
    private static final Instant ANSWERED = Instant.parse("2025-03-04T09:00:00Z");
    private static final Instant RESUMED_DUE = Instant.parse("2025-03-05T21:00:00Z");

    @Test
    void askingPausesTheClockAndTheAnswerGoesBackWhereItWasWithTheNewDeadline() {
        Referral referral = ReferralStateMachineTest.inTriage();
        Instant dueBefore = referral.decisionDueAt();
        referral.awaitInformation("request r1", SCREENER, ASKED);
        assertThat(referral.status()).isEqualTo(ReferralStatus.AWAITING_INFORMATION);
        assertThat(referral.overdue(dueBefore.plusSeconds(3600))).as("never overdue while waiting").isFalse();
        assertThat(referral.clockPausedAt()).isEqualTo(ASKED);
        assertThat(referral.dueBeforePause()).isEqualTo(dueBefore);

        referral.resumeAfterInformation("information-provided", ReferralStatus.IN_TRIAGE, RESUMED_DUE, "request r1", REFERRER,
                ANSWERED);
        assertThat(referral.status()).isEqualTo(ReferralStatus.IN_TRIAGE);
        assertThat(referral.decisionDueAt()).isEqualTo(RESUMED_DUE);
        assertThat(referral.clockResumedAt()).isEqualTo(ANSWERED);
        assertThat(referral.history()).extracting(HistoryEntry::action)
                .containsSubsequence("information-requested", "information-provided");
    }

    @Test
    void aSubmittedReferralGoesBackToSubmitted() {
        Referral referral = ReferralStateMachineTest.submitted();
        referral.awaitInformation("request r1", SCREENER, ASKED);
        referral.resumeAfterInformation("information-provided", ReferralStatus.SUBMITTED, RESUMED_DUE, "request r1", REFERRER,
                ANSWERED);
        assertThat(referral.status()).isEqualTo(ReferralStatus.SUBMITTED);
    }

    @Test
    void whileAwaitingTheHubMayEscalateButNotDecideAndTheReferrerMayWithdraw() {
        Referral escalated = ReferralStateMachineTest.inTriage();
        escalated.awaitInformation("request r1", SCREENER, ASKED);
        assertThatThrownBy(() -> escalated.noFurtherAction("Enough", SCREENER, ASKED)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> escalated.awaitInformation("request r2", SCREENER, ASKED)).isInstanceOf(IllegalTransition.class);
        escalated.escalate("Disclosure of harm", SCREENER, ASKED);
        assertThat(escalated.status()).isEqualTo(ReferralStatus.ESCALATED);

        Referral withdrawn = ReferralStateMachineTest.inTriage();
        withdrawn.awaitInformation("request r1", SCREENER, ASKED);
        withdrawn.withdraw("Sent in error", REFERRER, ASKED);
        assertThat(withdrawn.status()).isEqualTo(ReferralStatus.WITHDRAWN);
    }

    @Test
    void anImmediateRiskReferralIsNotHeldForInformation() {
        Referral referral = Referral.submit(ReferralStateMachineTest.body(Urgency.IMMEDIATE_RISK, Severity.HIGH), "{}", REFERRER,
                false, ASKED, ASKED.plusSeconds(86400));
        assertThatThrownBy(() -> referral.awaitInformation("request r1", SCREENER, ASKED)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void anAmendmentIsANewVersionUntilTheHubDecides() {
        Referral referral = ReferralStateMachineTest.inTriage();
        referral.amend("{\"amended\":true}", List.of(), false, "the family's views", "why", REFERRER, ASKED);
        assertThat(referral.contentVersion()).isEqualTo(2);
        assertThat(referral.content()).isEqualTo("{\"amended\":true}");
        assertThat(referral.history().get(referral.history().size() - 1).detail()).startsWith("version 2: the family's views");

        referral.amend("{}", List.of(), true, "1 concern added (abuse-exploitation)", null, REFERRER, ASKED);
        assertThat(referral.immediateRisk()).isTrue();
        assertThat(referral.queue()).isEqualTo(Referral.ESCALATION_QUEUE);

        referral.escalate("Disclosure of harm", SCREENER, ASKED);
        assertThatThrownBy(() -> referral.amend("{}", List.of(), false, "x", null, REFERRER, ASKED))
                .isInstanceOf(IllegalTransition.class);
        assertThat(referral.contentVersion()).isEqualTo(3);
    }
}
