package org.earlyhelp.referral.onward;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.earlyhelp.referral.referral.NewReferral;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the receiving agency gets: per person only the categories consent-service permitted
 * (identity: name and dates; contact: address and school), the concerns only if permitted for
 * a child, and how many people were withheld.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SharedContent(List<SharedPerson> people, List<NewReferral.Concern> concerns, String helpRequested,
        int peopleWithheld) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SharedPerson(UUID personId, String role, String relationship, String firstName, String lastName,
            LocalDate dateOfBirth, LocalDate expectedDueDate, NewReferral.Address address, String school) {
    }

    boolean empty() {
        return people.isEmpty();
    }
}
