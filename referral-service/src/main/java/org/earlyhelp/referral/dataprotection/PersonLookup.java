package org.earlyhelp.referral.dataprotection;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ForbiddenException;

import org.earlyhelp.platform.audit.AuditEntry;
import org.earlyhelp.platform.audit.AuditOutcome;
import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.dataprotection.DataProtection;
import org.earlyhelp.platform.identity.Caller;
import org.earlyhelp.referral.matching.PersonSearch;
import org.earlyhelp.referral.search.PersonRecords;

/**
 * The person look-up of the data protection officer's front door (consent-service, decision 0062): people matching
 * given names and a date of birth, as "known to services" finds them, who are named on a referral in the officer's
 * areas. Data protection officers only; every look-up, and every refusal, is audited.
 */
@ApplicationScoped
class PersonLookup {

    static final String PERSON_SEARCH = "person-search";

    private final PersonSearch search;
    private final PersonRecords records;
    private final AuditTrail audit;

    PersonLookup(PersonSearch search, PersonRecords records, AuditTrail audit) {
        this.search = search;
        this.records = records;
        this.audit = audit;
    }

    /** A person who may be the one sought, with the referrals in the officer's areas that name them. */
    record Candidate(UUID personId, String givenName, String familyName, LocalDate dateOfBirth, double score,
            List<UUID> referrals) {
    }

    record Candidates(List<Candidate> candidates) {
    }

    /** 403 (recorded) for anyone but an officer, then 400 without a family name or a date of birth as YYYY-MM-DD. */
    Candidates find(Caller caller, String givenName, String familyName, String dateOfBirth) {
        AuditEntry.Builder entry = AuditEntry.of(caller).action(PERSON_SEARCH).resource("person").purpose("subject-access");
        if (!caller.hasRole(DataProtection.OFFICER)) {
            audit.record(entry.outcome(AuditOutcome.DENIED).build());
            throw new ForbiddenException("Only a data protection officer may look people up");
        }
        if (familyName == null || familyName.isBlank()) {
            throw new BadRequestException("familyName is required");
        }
        LocalDate born = date(dateOfBirth);
        List<PersonSearch.Found> found = caller.areas().isEmpty() ? List.of()
                : search.search(givenName == null || givenName.isBlank() ? null : givenName.trim(), familyName.trim(), born);
        Map<UUID, List<PersonRecords.Record>> referrals = records.referrals(found.stream().map(PersonSearch.Found::personId)
                .toList(), caller.areas());
        List<Candidate> candidates = found.stream().filter(one -> referrals.containsKey(one.personId()))
                .map(one -> new Candidate(one.personId(), one.givenName(), one.familyName(), one.dateOfBirth(), one.score(),
                        referrals.get(one.personId()).stream().map(PersonRecords.Record::id).toList()))
                .toList();
        audit.record(entry.people(candidates.stream().map(Candidate::personId).toList()).build());
        return new Candidates(candidates);
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            throw new BadRequestException("dateOfBirth is required, as YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("dateOfBirth must be a date as YYYY-MM-DD");
        }
    }
}
