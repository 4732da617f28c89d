package org.earlyhelp.cases.dataprotection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.earlyhelp.cases.casefile.Case;
import org.earlyhelp.cases.casefile.CaseConfig;
import org.earlyhelp.cases.casefile.CaseHistoryView;
import org.earlyhelp.cases.casefile.CasePerson;
import org.earlyhelp.cases.casefile.CaseStatus;
import org.earlyhelp.cases.casefile.HistoryEntry;
import org.earlyhelp.cases.casefile.NeedOutcome;
import org.earlyhelp.cases.casefile.PersonLinks;
import org.earlyhelp.cases.casefile.PersonView;
import org.earlyhelp.cases.notes.CaseNote;
import org.earlyhelp.cases.notes.NoteView;
import org.earlyhelp.cases.plan.ActionView;
import org.earlyhelp.cases.plan.Need;
import org.earlyhelp.cases.plan.NeedView;
import org.earlyhelp.cases.plan.PlanAction;
import org.earlyhelp.cases.review.NewReview;
import org.earlyhelp.cases.review.Review;
import org.earlyhelp.cases.review.ReviewView;
import org.earlyhelp.cases.team.TeamMember;
import org.earlyhelp.platform.dataprotection.HeldRecord;
import org.earlyhelp.platform.dataprotection.SubjectAccessSource;
import org.earlyhelp.platform.identity.Caller;

/**
 * The early help cases naming a person, for a subject access request (decision 0062): every case of the officer's areas
 * (the case's {@code area}, a district) with the person in its family under any id they are known by. The person is
 * told what the case holds about them and their family's support: their own details, the needs, the plan, the notes,
 * the reviews, the history and which agencies took part. The other family members' details, the notes that name one of
 * them (by given name) and not the person, and the names of review attendees are listed apart, for the officer to
 * redact.
 */
@ApplicationScoped
class CasesAboutPerson implements SubjectAccessSource {

    private final EntityManager entityManager;
    private final PersonLinks links;
    private final CaseConfig config;

    CasesAboutPerson(EntityManager entityManager, PersonLinks links, CaseConfig config) {
        this.entityManager = entityManager;
        this.links = links;
        this.config = config;
    }

    @Override
    @Transactional
    public List<HeldRecord> recordsAbout(UUID personId, Caller officer) {
        if (officer.areas().isEmpty()) {
            return List.of();
        }
        Set<UUID> knownAs = links.idsOf(personId);
        return entityManager.createQuery("select distinct p.parent from CasePerson p where "
                + PersonLinks.knownAs("p.personId", ":person", "linked") + " and p.parent.area in :areas", Case.class)
                .setParameter("person", personId).setParameter("areas", officer.areas()).getResultList().stream()
                .sorted(Comparator.comparing(Case::openedAt).thenComparing(Case::id))
                .map(kase -> held(kase, knownAs)).toList();
    }

    private HeldRecord held(Case kase, Set<UUID> knownAs) {
        List<CasePerson> others = kase.people().stream().filter(person -> !knownAs.contains(person.personId())).toList();
        List<String> ownNames = kase.people().stream().filter(person -> knownAs.contains(person.personId()))
                .map(CasePerson::givenName).filter(name -> name != null && !name.isBlank()).toList();
        List<HeldRecord.ThirdParty> thirdParties = new ArrayList<>();
        others.forEach(other -> thirdParties.add(new HeldRecord.ThirdParty(other.personId(), "family member"
                + (other.relationship() == null ? other.child() ? ": child" : "" : ": " + other.relationship()), PersonView.of(other))));
        List<NoteView> notes = new ArrayList<>();
        for (CaseNote note : parts(CaseNote.class, kase, "r.writtenAt, r.id")) {
            NoteView view = new NoteView(note.id(), note.writtenAt(), note.authorName(), note.authorAgency(), note.text(),
                    note.restricted());
            CasePerson named = others.stream().filter(other -> names(note.text(), other.givenName())).findFirst().orElse(null);
            if (named != null && ownNames.stream().noneMatch(own -> names(note.text(), own))) {
                thirdParties.add(new HeldRecord.ThirdParty(named.personId(), "case note naming them", view));
            } else {
                notes.add(view);
            }
        }
        List<ReviewView> reviews = new ArrayList<>();
        for (Review review : parts(Review.class, kase, "r.heldOn, r.recordedAt, r.id")) {
            review.attendees().forEach(attendee -> thirdParties.add(new HeldRecord.ThirdParty(null, "attended the review of "
                    + review.heldOn(), new NewReview.Attendee(attendee.name(), attendee.agency()))));
            reviews.add(new ReviewView(review.id(), review.heldOn(), List.of(), review.progress().stream()
                    .map(progress -> new NewReview.NeedProgress(progress.need(), progress.progress(), progress.note())).toList(),
                    review.nextReviewDue(), review.summary(), review.recordedAt(), review.recordedBy(), review.recordedAgency()));
        }
        LocalDate today = LocalDate.now(config.zone());
        CaseAbout about = new CaseAbout(kase.reference(), kase.status(), kase.area(), kase.leadAgency(), kase.openedAt(),
                kase.closedAt(), kase.closureOutcome(), kase.closureReason(),
                kase.people().stream().filter(person -> knownAs.contains(person.personId())).map(PersonView::of).toList(),
                parts(Need.class, kase, "r.category").stream().map(NeedView::of).toList(),
                parts(PlanAction.class, kase, "r.dueDate, r.createdAt, r.id").stream().map(action -> ActionView.of(action, today))
                        .toList(),
                notes, reviews,
                parts(HistoryEntry.class, kase, "r.at, r.id").stream().map(line -> new CaseHistoryView(line.at(), line.actorName(),
                        line.actorAgency(), line.action(), line.reason(), line.detail())).toList(),
                parts(TeamMember.class, kase, "r.joinedAt, r.id").stream().map(member -> new TeamAgency(member.agency(),
                        member.agencyType(), member.role(), member.joinedAt(), member.leftAt())).toList());
        return new HeldRecord(CaseRetention.RECORD_TYPE, kase.id().toString(), kase.openedAt(), about, thirdParties);
    }

    private <T> List<T> parts(Class<T> type, Case kase, String order) {
        return entityManager.createQuery("select r from " + entityManager.getMetamodel().entity(type).getName()
                + " r where r.parent.id = :caseId order by " + order, type).setParameter("caseId", kase.id()).getResultList();
    }

    /** Whether {@code text} names someone by {@code givenName} (as a word, in any case). */
    private static boolean names(String text, String givenName) {
        if (text == null || givenName == null || givenName.isBlank()) {
            return false;
        }
        String name = givenName.trim().toLowerCase(Locale.ROOT);
        return (" " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ")
                .contains(" " + name.replaceAll("[^\\p{L}\\p{N}]+", " ") + " ");
    }

    /**
     * What a case holds about the person: the case, the person's own details ({@code person}: one entry per id they are on
     * it under), and the family's support as recorded (review attendees' names are with the third parties).
     */
    record CaseAbout(String reference, CaseStatus status, String area, String leadAgency, Instant openedAt, Instant closedAt,
            NeedOutcome closureOutcome, String closureReason, List<PersonView> person, List<NeedView> needs,
            List<ActionView> actions, List<NoteView> notes, List<ReviewView> reviews, List<CaseHistoryView> history,
            List<TeamAgency> team) {
    }

    /** An agency on the team around the family, and when it took part (its practitioners are not the person's data). */
    record TeamAgency(String agency, String agencyType, String role, Instant joinedAt, Instant leftAt) {
    }
}
