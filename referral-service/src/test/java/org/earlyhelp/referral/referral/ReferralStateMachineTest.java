package org.earlyhelp.referral.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.earlyhelp.platform.change.Actor;
import org.earlyhelp.platform.change.IllegalTransition;

/** The referral's state machine, on the domain object: every legal move and every illegal one. */
class ReferralStateMachineTest {

    private static final Actor REFERRER = new Actor("u1", "pc.hughes", "northshire-police");
    private static final Actor SCREENER = new Actor("u2", "sam.screener", "northshire-early-help");
    private static final Instant NOW = Instant.parse("2025-03-03T10:00:00Z");

    static NewReferral body(Urgency urgency, Severity severity) {
        NewReferral.Child child = new NewReferral.Child("Jayden", "Whitfield", LocalDate.of(2012, 5, 3), null, null,
                new NewReferral.Address("12 Mill Lane", null, "Eastmere", "EM1 4AB"), "Eastmere Academy", null);
        return new NewReferral(List.of(child), List.of(), List.of(new NewReferral.Concern(ConcernCategory.EDUCATION,
                "Attendance", null, severity)), null, null, new NewReferral.FamilyAgreement(true, true, null), urgency,
                "Family support", "eastmere");
    }

    static Referral submitted() {
        return Referral.submit(body(Urgency.ROUTINE, Severity.MEDIUM), "{}", REFERRER, false, NOW, NOW.plusSeconds(86400));
    }

    static Referral inTriage() {
        Referral referral = submitted();
        referral.startTriage(SCREENER, NOW);
        return referral;
    }

    @Test
    void aNewReferralIsSubmittedWithAPersonIdPerPersonAndAHistoryLine() {
        Referral referral = submitted();
        assertThat(referral.status()).isEqualTo(ReferralStatus.SUBMITTED);
        assertThat(referral.personIds()).hasSize(1);
        assertThat(referral.history()).extracting(HistoryEntry::action).containsExactly("submitted");
        assertThat(referral.history().get(0).actorAgency()).isEqualTo("northshire-police");
    }

    @Test
    void triageStartsFromSubmitted() {
        assertThat(inTriage().status()).isEqualTo(ReferralStatus.IN_TRIAGE);
        assertThatThrownBy(() -> inTriage().startTriage(SCREENER, NOW)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void acceptingRecordsTheLeadAgencyWhoWhenAndWhy() {
        Referral referral = inTriage();
        referral.accept(new Acceptance("northshire-health-visiting", "Health visitor knows the family"), SCREENER, NOW);
        assertThat(referral.status()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(referral.leadAgency()).isEqualTo("northshire-health-visiting");
        HistoryEntry last = referral.history().get(referral.history().size() - 1);
        assertThat(last.action()).isEqualTo("accepted");
        assertThat(last.actorName()).isEqualTo("sam.screener");
        assertThat(last.at()).isEqualTo(NOW);
        assertThat(last.reason()).isEqualTo("Health visitor knows the family");
        assertThat(last.fromStatus()).isEqualTo(ReferralStatus.IN_TRIAGE);
    }

    @Test
    void eachDecisionIsLegalFromTriage() {
        assertMoves(r -> r.signpost("Parenting course fits", "service x", SCREENER, NOW), ReferralStatus.SIGNPOSTED);
        assertMoves(r -> r.escalate("Disclosure of harm", SCREENER, NOW), ReferralStatus.ESCALATED);
        assertMoves(r -> r.noFurtherAction("Needs already met at school", SCREENER, NOW), ReferralStatus.NO_FURTHER_ACTION);
        assertMoves(r -> r.withdraw("Sent in error", REFERRER, NOW), ReferralStatus.WITHDRAWN);
    }

    @Test
    void escalationAndWithdrawalNeedNoTriageFirst() {
        Referral escalated = submitted();
        escalated.escalate("Immediate risk", SCREENER, NOW);
        assertThat(escalated.status()).isEqualTo(ReferralStatus.ESCALATED);
        Referral withdrawn = submitted();
        withdrawn.withdraw("Duplicate", REFERRER, NOW);
        assertThat(withdrawn.status()).isEqualTo(ReferralStatus.WITHDRAWN);
    }

    @Test
    void acceptSignpostAndNoFurtherActionNeedTriageFirst() {
        assertThatThrownBy(() -> submitted().accept(new Acceptance("x-agency", null), SCREENER, NOW))
                .isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> submitted().signpost("r", "s", SCREENER, NOW)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> submitted().noFurtherAction("r", SCREENER, NOW)).isInstanceOf(IllegalTransition.class);
    }

    @ParameterizedTest
    @EnumSource(value = ReferralStatus.class, names = { "ACCEPTED", "SIGNPOSTED", "ESCALATED", "NO_FURTHER_ACTION", "WITHDRAWN" })
    void aDecidedReferralCannotBeDecidedOrWithdrawnAgain(ReferralStatus end) {
        Referral referral = decided(end);
        assertThatThrownBy(() -> referral.startTriage(SCREENER, NOW)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> referral.accept(new Acceptance("x-agency", null), SCREENER, NOW)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> referral.signpost("r", "s", SCREENER, NOW)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> referral.escalate("r", SCREENER, NOW)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> referral.noFurtherAction("r", SCREENER, NOW)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> referral.withdraw("r", REFERRER, NOW)).isInstanceOf(IllegalTransition.class);
        assertThat(referral.status()).isEqualTo(end);
    }

    @Test
    void immediateRiskIsDetectedFromASignificantHarmConcernAndCanOnlyBeEscalated() {
        Referral referral = Referral.submit(body(Urgency.ROUTINE, Severity.SIGNIFICANT_HARM), "{}", REFERRER, false, NOW, NOW);
        assertThat(referral.immediateRisk()).isTrue();
        assertThat(referral.queue()).isEqualTo(Referral.ESCALATION_QUEUE);
        referral.startTriage(SCREENER, NOW);
        assertThatThrownBy(() -> referral.accept(new Acceptance("x-agency", null), SCREENER, NOW))
                .isInstanceOf(IllegalTransition.class).hasMessageContaining("immediate risk");
        assertThatThrownBy(() -> referral.signpost("r", "s", SCREENER, NOW)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> referral.noFurtherAction("r", SCREENER, NOW)).isInstanceOf(IllegalTransition.class);
        referral.escalate("Risk of significant harm", SCREENER, NOW);
        assertThat(referral.status()).isEqualTo(ReferralStatus.ESCALATED);
    }

    @Test
    void aClosedCaseIsRecordedOnceOnAnAcceptedReferral() {
        Referral referral = decided(ReferralStatus.ACCEPTED);
        referral.recordCaseClosed(java.util.UUID.randomUUID(), "needs-met", Actor.system("case-events"), NOW);
        assertThat(referral.caseOutcome()).isEqualTo("needs-met");
        assertThatThrownBy(() -> referral.recordCaseClosed(java.util.UUID.randomUUID(), "needs-met", Actor.system("x"), NOW))
                .isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> inTriage().recordCaseClosed(java.util.UUID.randomUUID(), "needs-met", Actor.system("x"), NOW))
                .isInstanceOf(IllegalTransition.class);
    }

    private static Referral decided(ReferralStatus end) {
        Referral referral = inTriage();
        switch (end) {
            case ACCEPTED -> referral.accept(new Acceptance("northshire-health-visiting", null), SCREENER, NOW);
            case SIGNPOSTED -> referral.signpost("r", "s", SCREENER, NOW);
            case ESCALATED -> referral.escalate("r", SCREENER, NOW);
            case NO_FURTHER_ACTION -> referral.noFurtherAction("r", SCREENER, NOW);
            case WITHDRAWN -> referral.withdraw("r", REFERRER, NOW);
            default -> throw new IllegalArgumentException(end.name());
        }
        return referral;
    }

    private static void assertMoves(Consumer<Referral> decision, ReferralStatus to) {
        Referral referral = inTriage();
        decision.accept(referral);
        assertThat(referral.status()).isEqualTo(to);
    }
}
