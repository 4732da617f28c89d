/**
 * The tamper-evident audit trail every service keeps of reads and changes of personal data.
 *
 * <p>Services call {@link org.earlyhelp.platform.audit.AuditTrail#record}. Rows are appended to
 * {@code audit_event} without a hash, so concurrent requests never wait for one another; the
 * {@code AuditSealer} chains committed rows about a second later (see there for how it copes
 * with transactions committing out of order). {@code CanonicalContent} defines the exact bytes
 * each hash covers. Triggers refuse updates and deletes from the application; whoever can bypass
 * them (a superuser) is caught by {@code GET /api/audit/<context>/verify}, which recomputes the
 * chain. Auditors search the trail at {@code GET /api/audit/<context>}.
 */
package org.earlyhelp.platform.audit;
