package org.earlyhelp.referral.referral;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.crypto.LookupKey;

/**
 * A child's NHS number as a lookup value (decision 0066): the hub finds a person by NHS number alone while the number
 * itself stays sealed in the referral's content. The value is HMAC-SHA256 of the ten digits under the service's
 * {@link LookupKey}, never the number, and goes with the person's row when the referral is erased.
 */
@ApplicationScoped
public class NhsNumberLookup {

    static final String FIELD = "nhs-number";

    private final LookupKey key;

    NhsNumberLookup(LookupKey key) {
        this.key = key;
    }

    /** The lookup value of an NHS number as given (spaces allowed); null when none is given or it is not a valid one. */
    public String of(String nhsNumber) {
        if (nhsNumber == null || !NhsNumber.Check.valid(nhsNumber)) {
            return null;
        }
        return key.of(FIELD, nhsNumber.replace(" ", ""));
    }

    /**
     * Gives each of the referral's people the lookup value of the NHS number {@code content} gives them ('' for none):
     * on submission, and on every change of a referral's content that may change a child's NHS number (an amendment,
     * a correction), with the referral's content as it now is.
     */
    public void index(Referral referral, NewReferral content) {
        List<NewReferral.Child> children = content.children();
        for (ReferralPerson person : referral.people()) {
            String given = person.child() && person.position() < children.size()
                    ? children.get(person.position()).nhsNumber() : null;
            String lookup = of(given);
            person.nhsNumberLookup(lookup == null ? "" : lookup);
        }
    }
}
