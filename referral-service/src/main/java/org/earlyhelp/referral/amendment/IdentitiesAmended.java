package org.earlyhelp.referral.amendment;

import java.util.List;

import org.earlyhelp.referral.referral.Referral;
import org.earlyhelp.referral.referral.ReferralPerson;

/**
 * Fired (CDI, synchronously, in the amending transaction) once the referrer corrected the names, date of birth or
 * postcode of {@code people} on {@code referral} and their matching keys follow, so that "known to services" searches
 * again without this package knowing it.
 */
public record IdentitiesAmended(Referral referral, List<ReferralPerson> people) {
}
