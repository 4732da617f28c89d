package org.earlyhelp.referral.referral;

/**
 * Gives a referral's people their search keys before the referral is first written, so each
 * person is one INSERT rather than an INSERT and then an UPDATE. Implemented by the matching
 * feature, which owns what the keys are.
 */
public interface PersonIndex {

    void index(ReferralPerson person);
}
