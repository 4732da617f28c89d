package org.earlyhelp.platform.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.earlyhelp.platform.identity.Caller;
import org.jboss.logging.MDC;

/**
 * One line of the audit trail before it is written: who did what to which resource, about
 * which people, why, and how it ended. Build it from the caller:
 *
 * <pre>{@code
 * audit.record(AuditEntry.of(caller.get())
 *         .action(AuditAction.READ)
 *         .resource("record", recordId)
 *         .people(personId, otherPersonId)
 *         .purpose(lawfulBasis)
 *         .build());
 * }</pre>
 *
 * The request id is taken from the logging context when the entry is built. The time is
 * taken by the database when the entry is written.
 *
 * @param roles     the caller's roles, sorted (so the stored row is the same whatever order the token listed them)
 * @param personIds the people the data is about, without duplicates, in the order given
 * @param purpose   the purpose or lawful basis the caller acted on, if any
 */
public record AuditEntry(
        String userId,
        String username,
        String agency,
        List<String> roles,
        String action,
        String resourceType,
        String resourceId,
        List<UUID> personIds,
        String purpose,
        AuditOutcome outcome,
        String requestId) {

    /** The logging context key under which the request filter keeps the request id. */
    static final String REQUEST_ID_KEY = "requestId";

    public AuditEntry {
        requireText(action, "action");
        requireText(resourceType, "resourceType");
        Objects.requireNonNull(outcome, "outcome");
        // List.copyOf refuses null elements: a list either names someone or is empty.
        roles = roles == null ? List.of() : List.copyOf(roles).stream().sorted().distinct().toList();
        personIds = personIds == null ? List.of() : List.copyOf(personIds).stream().distinct().toList();
    }

    /** An entry for something a signed-in user or partner system did. */
    public static Builder of(Caller caller) {
        Objects.requireNonNull(caller, "caller");
        return new Builder(caller.userId(), caller.username(), caller.agency(), List.copyOf(caller.roles()));
    }

    /**
     * An entry for something the service did on its own (a scheduled job, an event consumer):
     * {@code actor} names the job; there is no user, agency or role.
     */
    public static Builder system(String actor) {
        requireText(actor, "actor");
        return new Builder(null, actor, null, List.of());
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }

    /** Builds an {@link AuditEntry}; {@code action} and {@code resource} are required, the outcome defaults to success. */
    public static final class Builder {

        private final String userId;
        private final String username;
        private final String agency;
        private final List<String> roles;
        private String action;
        private String resourceType;
        private String resourceId;
        private final List<UUID> personIds = new ArrayList<>();
        private String purpose;
        private AuditOutcome outcome = AuditOutcome.SUCCESS;
        private String requestId;
        private boolean requestIdSet;

        private Builder(String userId, String username, String agency, List<String> roles) {
            this.userId = userId;
            this.username = username;
            this.agency = agency;
            this.roles = roles;
        }

        /** What was done, usually one of {@link AuditAction}. */
        public Builder action(String action) {
            this.action = action;
            return this;
        }

        /** The kind of record acted on, for actions on many records (a list or search). */
        public Builder resource(String type) {
            return resource(type, null);
        }

        /** The record acted on; {@code id} may be null (e.g. a create that failed before it had one). */
        public Builder resource(String type, Object id) {
            this.resourceType = type;
            this.resourceId = id == null ? null : id.toString();
            return this;
        }

        /** A person the data is about. */
        public Builder person(UUID personId) {
            personIds.add(Objects.requireNonNull(personId, "personId"));
            return this;
        }

        /** People the data is about. */
        public Builder people(UUID... ids) {
            return people(Arrays.asList(ids));
        }

        /** People the data is about. */
        public Builder people(Collection<UUID> ids) {
            ids.forEach(this::person);
            return this;
        }

        /** The purpose or lawful basis the caller acted on, as the service names it. */
        public Builder purpose(String purpose) {
            this.purpose = purpose;
            return this;
        }

        public Builder outcome(AuditOutcome outcome) {
            this.outcome = outcome;
            return this;
        }

        /** Overrides the request id from the logging context, e.g. for a job acting on behalf of an earlier request. */
        public Builder requestId(String requestId) {
            this.requestId = requestId;
            this.requestIdSet = true;
            return this;
        }

        public AuditEntry build() {
            String request = requestIdSet ? requestId : currentRequestId();
            return new AuditEntry(userId, username, agency, roles, action, resourceType, resourceId,
                    personIds, purpose, outcome, request);
        }

        private static String currentRequestId() {
            Object id = MDC.get(REQUEST_ID_KEY);
            return id == null ? null : id.toString();
        }
    }
}
