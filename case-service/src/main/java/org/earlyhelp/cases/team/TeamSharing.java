package org.earlyhelp.cases.team;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.consent.client.ConsentClient;
import org.earlyhelp.consent.client.DataCategory;
import org.earlyhelp.consent.client.Purpose;
import org.earlyhelp.consent.client.SharingDecision;
import org.earlyhelp.consent.client.SharingQuestion;
import org.earlyhelp.platform.agency.Agency;
import org.earlyhelp.platform.agency.AgencyRegister;
import org.earlyhelp.platform.identity.ServiceAccount;

/**
 * Asks consent-service (through its fail-closed client) whether an agency may join the team
 * around a family: one question per family member, purpose {@code team-around-family}, for the
 * identity, contact and concerns a team member sees. A member is let in only if every answer is a
 * permit; consent-service records each decision and its reasons either way.
 */
@ApplicationScoped
public class TeamSharing {

    static final Set<DataCategory> WHAT_A_MEMBER_SEES = Set.of(DataCategory.IDENTITY, DataCategory.CONTACT, DataCategory.CONCERNS);

    private final ConsentClient consent;
    private final AgencyRegister agencies;
    private final ServiceAccount serviceAccount;

    TeamSharing(ConsentClient consent, AgencyRegister agencies, ServiceAccount serviceAccount) {
        this.consent = consent;
        this.agencies = agencies;
        this.serviceAccount = serviceAccount;
    }

    /** The agency's type, if the agency register (the realm's Organizations) knows the agency. */
    public Optional<String> agencyType(String agency) {
        return agencies.find(agency).map(Agency::type);
    }

    /** Asks, on behalf of the signed-in caller, for every family member. */
    public Verdict mayJoin(List<UUID> family, String agency) {
        List<Answer> answers = new ArrayList<>();
        for (UUID person : family) {
            answers.add(Answer.of(person, consent.decide(question(person, agency))));
        }
        return new Verdict(answers);
    }

    /**
     * Asks again, as this service (no user started the work: a consent was withdrawn), whether the
     * member may keep seeing {@code person}. No answer is a deny.
     */
    public Answer mayStay(UUID person, String agency) {
        String token;
        try {
            token = serviceAccount.bearerToken();
        } catch (RuntimeException e) {
            token = null; // no token (Keycloak unreachable): the client answers "unavailable", a deny
        }
        return Answer.of(person, consent.decide(question(person, agency), token));
    }

    /** consent-service takes the recipient's type from the agency register; the question names the agency only. */
    private static SharingQuestion question(UUID person, String agency) {
        return new SharingQuestion(person, agency, Purpose.TEAM_AROUND_FAMILY, WHAT_A_MEMBER_SEES);
    }

    /** consent-service's answer about one family member. */
    public record Answer(UUID personId, boolean permits, boolean unavailable, List<String> reasons, UUID decisionId,
            UUID consentId, UUID lawfulBasisId) {

        static Answer of(UUID person, SharingDecision decision) {
            return new Answer(person, decision.permits(), decision.unavailable(), decision.reasons(), decision.decisionId(),
                    decision.consentId(), decision.lawfulBasisId());
        }

        /** What a permitted membership rests on, kept with the member. */
        public SharingBasis basis() {
            return new SharingBasis(personId, decisionId, consentId, lawfulBasisId);
        }
    }

    /** The answers for the whole family: a member joins only if all permit. */
    public record Verdict(List<Answer> answers) {

        public boolean permits() {
            return answers.stream().allMatch(Answer::permits);
        }

        /** consent-service could not answer for at least one person (down, slow, circuit open). */
        public boolean unavailable() {
            return answers.stream().anyMatch(Answer::unavailable);
        }

        public List<Answer> refusals() {
            return answers.stream().filter(answer -> !answer.permits()).toList();
        }

        public List<SharingBasis> bases() {
            return answers.stream().map(Answer::basis).toList();
        }
    }
}
