/**
 * Data protection as the services share it (issue 28): the retention schedule and the job that applies it,
 * erasure everywhere a service keeps a record (its rows and projections, its outbox, idempotency responses) with a
 * tombstone and an audit entry left behind, and what each service holds about a person for a subject access request.
 *
 * <p>A service takes part by declaring one {@link org.earlyhelp.platform.dataprotection.RetentionRule} bean per kind of
 * record it keeps, and one {@link org.earlyhelp.platform.dataprotection.SubjectAccessSource} bean per part of what it
 * holds about people. Decision 0061 has the schedule; 0062 the erasure.
 */
package org.earlyhelp.platform.dataprotection;
