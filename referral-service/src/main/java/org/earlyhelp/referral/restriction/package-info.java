/**
 * Restriction of processing (UK GDPR Art. 18, decision 0062): which people a data protection officer restricted, as
 * consent-service's feed tells, and the refusal every write on a record naming them answers.
 */
package org.earlyhelp.referral.restriction;
