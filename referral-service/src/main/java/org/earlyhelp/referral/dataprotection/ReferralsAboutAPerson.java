package org.earlyhelp.referral.dataprotection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.earlyhelp.platform.dataprotection.HeldRecord;
import org.earlyhelp.platform.dataprotection.SubjectAccessSource;
import org.earlyhelp.platform.identity.Caller;
import org.earlyhelp.referral.amendment.Amendments;
import org.earlyhelp.referral.handover.HandOvers;
import org.earlyhelp.referral.information.InformationRequests;
import org.earlyhelp.referral.referral.HistoryEntry;
import org.earlyhelp.referral.referral.NewReferral;
import org.earlyhelp.referral.referral.Referral;
import org.earlyhelp.referral.referral.ReferralPerson;
import org.earlyhelp.referral.referral.ReferralService;
import org.earlyhelp.referral.referral.ReferralStatus;

/**
 * For a subject access request: each referral in the officer's areas naming the person (under any linked id), with
 * what it says about them (their details as referred, the concerns, who referred, the hub's decisions, its history, its
 * amendments, the hub's questions and the referrer's answers, its hand-overs to children's social care);
 * the other children and household members on it, with their details, are third parties.
 */
@ApplicationScoped
class ReferralsAboutAPerson implements SubjectAccessSource {

    private final EntityManager entities;
    private final ReferralService referrals;
    private final PersonLinks links;
    private final Amendments amendments;
    private final InformationRequests questions;
    private final HandOvers handOvers;

    ReferralsAboutAPerson(EntityManager entities, ReferralService referrals, PersonLinks links, Amendments amendments,
            InformationRequests questions, HandOvers handOvers) {
        this.entities = entities;
        this.referrals = referrals;
        this.links = links;
        this.amendments = amendments;
        this.questions = questions;
        this.handOvers = handOvers;
    }

    @Override
    public List<HeldRecord> recordsAbout(UUID personId, Caller officer) {
        Set<UUID> people = links.of(personId);
        if (officer.areas().isEmpty()) {
            return List.of();
        }
        List<Referral> naming = entities.createQuery("select distinct p.referral from ReferralPerson p where p.personId in :people"
                + " and p.referral.area in :areas", Referral.class).setParameter("people", people)
                .setParameter("areas", officer.areas()).getResultList();
        return naming.stream().sorted(java.util.Comparator.comparing(Referral::submittedAt)).map(referral -> held(referral, people))
                .toList();
    }

    private HeldRecord held(Referral referral, Set<UUID> people) {
        NewReferral body = referrals.body(referral);
        List<Map<String, Object>> named = new ArrayList<>();
        List<HeldRecord.ThirdParty> others = new ArrayList<>();
        for (ReferralPerson person : referral.people()) {
            Map<String, Object> details = details(person, body);
            if (people.contains(person.personId())) {
                named.add(details);
            } else {
                others.add(new HeldRecord.ThirdParty(person.personId(), person.child() ? "another child on the referral"
                        : "household member: " + person.relationship(), details));
            }
        }
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("referralId", referral.id());
        about.put("area", referral.area());
        about.put("you", named);
        about.put("referredBy", Map.of("agency", referral.referringAgency(), "name", referral.referredByName()));
        about.put("submittedAt", referral.submittedAt());
        about.put("status", referral.status().value());
        about.put("urgency", referral.urgency().value());
        about.put("concerns", body.concerns());
        about.put("whatHasBeenTried", body.whatHasBeenTried());
        about.put("familyViews", body.familyViews());
        about.put("family", body.family());
        about.put("helpRequested", body.helpRequested());
        about.put("decision", decision(referral));
        about.put("history", referral.history().stream().map(ReferralsAboutAPerson::line).toList());
        about.put("amendments", amendments.ofReferral(referral.id()));
        about.put("questions", questions.ofReferral(referral.id()));
        about.put("handOvers", handOvers.ofReferral(referral.id()));
        return new HeldRecord(recordType(referral.status()), referral.id().toString(), referral.submittedAt(), about, others);
    }

    /** The record type the referral is kept as (decision 0061); a referral still undecided is a referral. */
    static String recordType(ReferralStatus status) {
        return switch (status) {
            case ACCEPTED -> ReferralAcceptedIntoCase.TYPE;
            case SIGNPOSTED -> SignpostedReferral.TYPE;
            case NO_FURTHER_ACTION, WITHDRAWN, ESCALATED -> ReferralLedNowhere.TYPE;
            case SUBMITTED, IN_TRIAGE, AWAITING_INFORMATION -> "referral";
        };
    }

    private static Map<String, Object> decision(Referral referral) {
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("decidedAt", referral.decidedAt());
        decision.put("reason", referral.decisionReason());
        decision.put("leadAgency", referral.leadAgency());
        decision.put("caseOutcome", referral.caseOutcome());
        decision.put("closedAt", referral.closedAt());
        return decision;
    }

    private static Map<String, Object> line(HistoryEntry entry) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("at", entry.at());
        line.put("by", entry.actorName());
        line.put("agency", entry.actorAgency());
        line.put("action", entry.action());
        line.put("reason", entry.reason());
        line.put("detail", entry.detail());
        return line;
    }

    /** A person's details as the referral gives them. */
    private static Map<String, Object> details(ReferralPerson person, NewReferral body) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("personId", person.personId());
        details.put("role", person.role());
        if (person.child()) {
            NewReferral.Child child = body.children().get(person.position());
            details.put("firstName", person.firstName());
            details.put("lastName", person.lastName());
            details.put("dateOfBirth", birth(person));
            details.put("expectedDueDate", child.expectedDueDate());
            details.put("sex", child.sex());
            details.put("address", child.address());
            details.put("school", child.school());
            details.put("nhsNumber", child.nhsNumber());
        } else {
            details.put("firstName", person.firstName());
            details.put("lastName", person.lastName());
            details.put("dateOfBirth", birth(person));
            details.put("relationship", person.relationship());
        }
        return details;
    }

    private static LocalDate birth(ReferralPerson person) {
        return person.dateOfBirth();
    }

}
