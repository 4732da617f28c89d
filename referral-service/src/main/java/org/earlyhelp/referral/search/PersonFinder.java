package org.earlyhelp.referral.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ForbiddenException;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.earlyhelp.platform.access.Reach;
import org.earlyhelp.platform.audit.AuditEntry;
import org.earlyhelp.platform.audit.AuditOutcome;
import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.identity.Caller;
import org.earlyhelp.referral.matching.NameKeys;
import org.earlyhelp.referral.matching.PersonSearch;
import org.earlyhelp.referral.referral.NhsNumber;
import org.earlyhelp.referral.referral.ReferralPerson;
import org.earlyhelp.referral.referral.ReferralService;
import org.earlyhelp.referral.referral.ReferralStatus;

/**
 * The hub's "find a person" (issue 29 point 4): people the "known to services" index finds by name, date of birth or
 * postcode, who are named on a referral of the hub worker's areas, with what identifies them and which records of those
 * areas exist — never a concern or a word of content. A hub-triage person only (not a partner system), so the search is
 * never a way round record-level access; every search, and every refusal, audited with its stated purpose.
 */
@ApplicationScoped
class PersonFinder {

    static final String SEARCH = "search";
    static final int MOST = 50;

    private static final Pattern FULL_POSTCODE = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}");
    private static final Pattern DISTRICT = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?");

    private final PersonSearch search;
    private final EntityManager entities;
    private final AuditTrail audit;
    private final ReferralService referrals;

    PersonFinder(PersonSearch search, EntityManager entities, AuditTrail audit, ReferralService referrals) {
        this.search = search;
        this.entities = entities;
        this.audit = audit;
        this.referrals = referrals;
    }

    /** A record about the person: a referral (id, status, submittedAt) or a case (id, reference). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Record(String type, UUID id, String status, Instant submittedAt, String reference) {
    }

    record Person(UUID personId, String givenName, String familyName, LocalDate dateOfBirth, String postcodeDistrict,
            double score, List<Record> records) {
    }

    record People(List<Person> items) {
    }

    /** 403 (audited {@code denied}) for anyone but a hub-triage person; then 400 for a missing purpose or bad criteria. */
    People find(Caller caller, String name, String dateOfBirth, String postcode, String nhsNumber, String purpose) {
        Reach reach = Reach.of(caller);
        boolean hubWorker = caller.hasRole(Reach.HUB_TRIAGE) && !caller.partnerSystem();
        String stated = purpose == null ? null : purpose.strip();
        AuditEntry.Builder entry = AuditEntry.of(caller).action(SEARCH).resource("person")
                .purpose(stated == null || stated.isEmpty() ? null : stated.substring(0, Math.min(200, stated.length())));
        if (!hubWorker) {
            audit.record(entry.outcome(AuditOutcome.DENIED).build());
            throw new ForbiddenException("Only the hub's triage workers may search for people");
        }
        if (stated == null || stated.isEmpty() || stated.length() > 200) {
            throw new BadRequestException("purpose is required: why you are searching, 1 to 200 characters");
        }
        PersonSearch.Criteria criteria = criteria(name, dateOfBirth, postcode, nhsNumber);
        String nhs = blank(nhsNumber) ? null : nhsNumber.replace(" ", "");
        List<String> areas = reach.hubAreas();
        List<PersonSearch.Found> found = areas.isEmpty() ? List.of() : search.find(criteria, areas);
        if (nhs != null) {
            found = withNhsNumber(found, nhs, areas);
        }
        Map<UUID, List<Record>> records = records(found.stream().map(PersonSearch.Found::personId).toList(), areas);
        List<Person> people = found.stream().filter(one -> records.containsKey(one.personId())).limit(MOST)
                .map(one -> new Person(one.personId(), one.givenName(), one.familyName(), one.dateOfBirth(),
                        NameKeys.district(one.postcodeKey()), one.score(), records.get(one.personId())))
                .toList();
        audit.record(entry.people(people.stream().map(Person::personId).toList()).build());
        return new People(people);
    }

    private static PersonSearch.Criteria criteria(String name, String dateOfBirth, String postcode, String nhsNumber) {
        String sought = blank(name) ? null : name.strip();
        if (sought != null && (sought.length() > 100 || NameKeys.name(null, sought).isEmpty())) {
            throw new BadRequestException("name must have letters, at most 100 characters");
        }
        LocalDate born = blank(dateOfBirth) ? null : date(dateOfBirth);
        String postcodeKey = blank(postcode) ? null : NameKeys.postcode(postcode);
        boolean district = postcodeKey != null && DISTRICT.matcher(postcodeKey).matches();
        if (postcodeKey != null && !district && !FULL_POSTCODE.matcher(postcodeKey).matches()) {
            throw new BadRequestException("postcode must be a UK postcode (EM1 4AB) or a postcode district (EM1)");
        }
        boolean nhs = !blank(nhsNumber);
        if (nhs && (nhsNumber.length() > 12 || !new NhsNumber.Check().isValid(nhsNumber, null))) {
            throw new BadRequestException("nhsNumber must be a 10-digit NHS number with a valid check digit");
        }
        if (sought == null && born == null && postcodeKey == null) {
            throw new BadRequestException(nhs ? "An NHS number narrows a search by name, dateOfBirth or postcode; give one of them too"
                    : "Give at least one of name, dateOfBirth, postcode, nhsNumber");
        }
        return new PersonSearch.Criteria(sought, born, postcodeKey, district);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("dateOfBirth must be a date as YYYY-MM-DD");
        }
    }

    /**
     * The people a referral of the areas gives this NHS number for. The index holds no NHS number (it is sealed in the
     * referral's content), so the number narrows what the other criteria found: at most a page of people's referrals
     * are opened.
     */
    private List<PersonSearch.Found> withNhsNumber(List<PersonSearch.Found> found, String nhs, List<String> areas) {
        if (found.isEmpty()) {
            return found;
        }
        List<UUID> people = found.stream().map(PersonSearch.Found::personId).toList();
        List<UUID> numbered = entities.createQuery("select p from ReferralPerson p where p.personId in :people"
                + " and p.referral.area in :areas and p.role = :child", ReferralPerson.class).setParameter("people", people)
                .setParameter("areas", areas).setParameter("child", ReferralPerson.CHILD).getResultList().stream()
                .filter(person -> {
                    String given = referrals.body(person.referral()).children().get(person.position()).nhsNumber();
                    return given != null && nhs.equals(given.replace(" ", ""));
                })
                .map(ReferralPerson::personId).distinct().toList();
        return found.stream().filter(one -> numbered.contains(one.personId())).toList();
    }

    /** Each person's referrals of the areas, newest first, then the cases known from them; none for a person without. */
    private Map<UUID, List<Record>> records(List<UUID> people, List<String> areas) {
        Map<UUID, List<Record>> records = new LinkedHashMap<>();
        if (people.isEmpty() || areas.isEmpty()) {
            return records;
        }
        entities.createQuery("select p.personId, r.id, r.status, r.submittedAt from ReferralPerson p join p.referral r"
                + " where p.personId in :people and r.area in :areas order by r.submittedAt desc", Object[].class)
                .setParameter("people", people).setParameter("areas", areas).getResultList().stream()
                .distinct().forEach(row -> add(records, (UUID) row[0],
                        new Record("referral", (UUID) row[1], ((ReferralStatus) row[2]).value(), (Instant) row[3], null)));
        @SuppressWarnings("unchecked")
        List<Object[]> cases = entities.createNativeQuery("""
                SELECT DISTINCT fp.person_id, c.case_id, c.reference, c.opened_at FROM family_case c
                  JOIN family_case_person fp ON fp.case_id = c.case_id
                 WHERE fp.person_id IN (:people)
                   AND EXISTS (SELECT 1 FROM referral r LEFT JOIN family_case_referral fr ON fr.referral_id = r.id
                                WHERE (fr.case_id = c.case_id OR r.case_id = c.case_id) AND r.area IN (:areas))
                 ORDER BY c.opened_at DESC""").setParameter("people", people).setParameter("areas", areas).getResultList();
        cases.forEach(row -> {
            UUID person = (UUID) row[0];
            if (records.containsKey(person)) {
                add(records, person, new Record("case", (UUID) row[1], null, null, (String) row[2]));
            }
        });
        return records;
    }

    private static void add(Map<UUID, List<Record>> records, UUID person, Record record) {
        List<Record> theirs = records.computeIfAbsent(person, key -> new ArrayList<>());
        if (!theirs.contains(record)) {
            theirs.add(record);
        }
    }
}
