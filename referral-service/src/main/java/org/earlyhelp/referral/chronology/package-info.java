/**
 * referral-service's part of a person's story (issue 29 point 3, decision 0065): the referrals about the person and
 * their history, "known to services" matches and cumulative-concern alerts (the hub's triage of the area only), and
 * onward referrals, each as the caller may see it. One {@link org.earlyhelp.platform.chronology.ChronologySource} per
 * kind of record: a new kind (a hand-over) is one more source here or in its own package.
 */
package org.earlyhelp.referral.chronology;
