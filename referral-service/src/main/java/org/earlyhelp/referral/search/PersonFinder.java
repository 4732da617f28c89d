package org.earlyhelp.referral.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ForbiddenException;

import org.earlyhelp.platform.access.Reach;
import org.earlyhelp.platform.audit.AuditEntry;
import org.earlyhelp.platform.audit.AuditOutcome;
import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.identity.Caller;
import org.earlyhelp.referral.matching.NameKeys;
import org.earlyhelp.referral.matching.PersonSearch;
import org.earlyhelp.referral.referral.NhsNumber;
import org.earlyhelp.referral.referral.NhsNumberLookup;
import org.earlyhelp.referral.referral.ReferralPerson;

/**
 * The hub's "find a person" (issue 29 point 4): people the "known to services" index finds by name, date of birth or
 * postcode, or their NHS number's lookup value finds (decision 0066), who are named on a referral of the hub worker's
 * areas, with what identifies them and which records of those areas exist — never a concern or a word of content. A hub-triage person only (not a partner system), so the search is
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
    private final NhsNumberLookup nhsNumbers;
    private final PersonRecords personRecords;

    PersonFinder(PersonSearch search, EntityManager entities, AuditTrail audit, NhsNumberLookup nhsNumbers,
            PersonRecords personRecords) {
        this.search = search;
        this.entities = entities;
        this.audit = audit;
        this.nhsNumbers = nhsNumbers;
        this.personRecords = personRecords;
    }

    record Person(UUID personId, String givenName, String familyName, LocalDate dateOfBirth, String postcodeDistrict,
            double score, List<PersonRecords.Record> records) {
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
        String nhsLookup = nhsNumbers.of(nhsNumber);
        List<String> areas = reach.hubAreas();
        List<PersonSearch.Found> found;
        if (areas.isEmpty()) {
            found = List.of();
        } else if (nhsLookup == null) {
            found = search.find(criteria, areas);
        } else {
            List<PersonSearch.Found> numbered = numbered(nhsLookup, areas);
            found = byNhsNumberAlone(criteria) ? numbered : search.find(criteria, areas).stream()
                    .filter(one -> numbered.stream().anyMatch(person -> person.personId().equals(one.personId()))).toList();
        }
        Map<UUID, List<PersonRecords.Record>> records = personRecords.referralsAndCases(
                found.stream().map(PersonSearch.Found::personId).toList(), areas);
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
        if (sought == null && born == null && postcodeKey == null && !nhs) {
            throw new BadRequestException("Give at least one of name, dateOfBirth, postcode, nhsNumber");
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

    private static boolean byNhsNumberAlone(PersonSearch.Criteria criteria) {
        return criteria.name() == null && criteria.dateOfBirth() == null && criteria.postcodeKey() == null;
    }

    /**
     * The people a referral of the areas gives this NHS number for, found by its lookup value (decision 0066), each as
     * their newest such referral names them. An exact match: a score of 1.
     */
    private List<PersonSearch.Found> numbered(String nhsLookup, List<String> areas) {
        Map<UUID, PersonSearch.Found> people = new LinkedHashMap<>();
        entities.createQuery("select p from ReferralPerson p join p.referral r where p.nhsNumberLookup = :lookup"
                + " and r.area in :areas order by r.submittedAt desc", ReferralPerson.class).setParameter("lookup", nhsLookup)
                .setParameter("areas", areas).setMaxResults(MOST).getResultList()
                .forEach(person -> people.putIfAbsent(person.personId(), new PersonSearch.Found(person.personId(),
                        person.firstName(), person.lastName(), person.dateOfBirth(), person.postcodeKey(), 1)));
        return List.copyOf(people.values());
    }
}
