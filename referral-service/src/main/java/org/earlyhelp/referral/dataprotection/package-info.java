/**
 * referral-service's part in data protection (issue 28, decision 0062): the kinds of referral record it keeps and how
 * each goes ({@code RetentionRule}s applied by the platform's retention job and erasure), what it holds about a person
 * for a subject access request, and the person look-up of the data protection officer's front door.
 */
package org.earlyhelp.referral.dataprotection;
