package org.earlyhelp.cases.team;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.cases.casefile.CaseContent;
import org.earlyhelp.consent.client.ConsentClient;
import org.earlyhelp.consent.client.DataCategory;
import org.earlyhelp.consent.client.Purpose;
import org.earlyhelp.consent.client.SharingDecision;
import org.earlyhelp.consent.client.SharingQuestion;
import org.earlyhelp.platform.agency.Agency;
import org.earlyhelp.platform.agency.AgencyRegister;
import org.earlyhelp.platform.identity.ServiceAccount;

/**
 * Asks consent-service (through its fail-closed client) whether an agency may join the team around a family, and for
 * which data categories of the case's content (decision 0057): per family member, purpose {@code team-around-family},
 * first for everything the member needs (identity and contact, and the content categories of its role); if that is
 * not permitted, for identity and contact alone, then for each content category on its own. The member sees the
 * categories permitted for every family member; it is let in only if identity and contact are permitted for each of
 * them and at least one content category for all. consent-service records each decision and its reasons either way.
 */
@ApplicationScoped
public class TeamSharing {

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

    /** Asks, on behalf of the signed-in caller, for every family member and the content {@code categories} the member needs. */
    public Verdict mayJoin(List<UUID> family, String agency, Set<DataCategory> categories) {
        List<Answer> answers = new ArrayList<>();
        for (UUID person : family) {
            answers.add(ask(person, agency, categories, question -> consent.decide(question)));
        }
        return new Verdict(answers);
    }

    /**
     * Asks again, as this service (no user started the work: a consent changed, was withdrawn or expired), whether the
     * member may keep seeing {@code person}, and which of its {@code categories}. No answer is a deny.
     */
    public Answer mayStay(UUID person, String agency, Set<DataCategory> categories) {
        String token;
        try {
            token = serviceAccount.bearerToken();
        } catch (RuntimeException e) {
            token = null; // no token (Keycloak unreachable): the client answers "unavailable", a deny
        }
        String bearer = token;
        return ask(person, agency, categories, question -> consent.decide(question, bearer));
    }

    /** The questions about one person, as the class comment says: the whole share first, then its parts. */
    private static Answer ask(UUID person, String agency, Set<DataCategory> categories,
            Function<SharingQuestion, SharingDecision> decide) {
        Set<DataCategory> whole = EnumSet.copyOf(CaseContent.EVERY_MEMBER);
        whole.addAll(categories);
        SharingDecision all = decide.apply(question(person, agency, whole));
        if (all.permits() || all.unavailable()) {
            return Answer.of(person, all, all.permits() ? categories : Set.of());
        }
        SharingDecision base = decide.apply(question(person, agency, CaseContent.EVERY_MEMBER));
        if (!base.permits()) {
            return Answer.of(person, base, Set.of());
        }
        Set<DataCategory> permitted = EnumSet.noneOf(DataCategory.class);
        SharingDecision refused = all;
        for (DataCategory category : categories) {
            SharingDecision part = decide.apply(question(person, agency, Set.of(category)));
            if (part.unavailable()) {
                return Answer.of(person, part, Set.of());
            }
            if (part.permits()) {
                permitted.add(category);
            } else {
                refused = part;
            }
        }
        return permitted.isEmpty() ? Answer.of(person, refused, Set.of()) : Answer.of(person, base, permitted);
    }

    /** consent-service takes the recipient's type from the agency register; the question names the agency only. */
    private static SharingQuestion question(UUID person, String agency, Set<DataCategory> categories) {
        return new SharingQuestion(person, agency, Purpose.TEAM_AROUND_FAMILY, categories);
    }

    /**
     * consent-service's answer about one family member: {@code categories} are the content categories permitted (none
     * when it does not permit); the decision named is the one the membership rests on (or a refusal's).
     */
    public record Answer(UUID personId, boolean permits, boolean unavailable, List<String> reasons, UUID decisionId,
            UUID consentId, UUID lawfulBasisId, Set<DataCategory> categories) {

        public Answer {
            categories = Set.copyOf(categories);
        }

        static Answer of(UUID person, SharingDecision decision, Set<DataCategory> categories) {
            boolean permits = decision.permits() && !categories.isEmpty();
            return new Answer(person, permits, decision.unavailable(), decision.reasons(), decision.decisionId(),
                    decision.consentId(), decision.lawfulBasisId(), permits ? categories : Set.of());
        }

        /** What a permitted membership rests on, kept with the member. */
        public SharingBasis basis() {
            return new SharingBasis(personId, decisionId, consentId, lawfulBasisId);
        }
    }

    /** The answers for the whole family: a member joins only if all permit, seeing the categories permitted for all. */
    public record Verdict(List<Answer> answers) {

        public boolean permits() {
            return answers.stream().allMatch(Answer::permits) && !categories().isEmpty();
        }

        /** The content categories permitted for every family member. */
        public Set<DataCategory> categories() {
            Set<DataCategory> common = EnumSet.copyOf(CaseContent.CONTENT);
            answers.forEach(answer -> common.retainAll(answer.categories()));
            return common;
        }

        /** consent-service could not answer for at least one person (down, slow, circuit open). */
        public boolean unavailable() {
            return answers.stream().anyMatch(Answer::unavailable);
        }

        /** The family members the share was not permitted for (all of them when no category was permitted for all). */
        public List<Answer> refusals() {
            List<Answer> refused = answers.stream().filter(answer -> !answer.permits()).toList();
            return refused.isEmpty() && !permits() ? answers : refused;
        }

        public List<SharingBasis> bases() {
            return answers.stream().map(Answer::basis).toList();
        }
    }
}
