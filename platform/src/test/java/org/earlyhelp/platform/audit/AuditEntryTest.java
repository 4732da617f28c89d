package org.earlyhelp.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.earlyhelp.platform.identity.Caller;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An entry names who acted from the caller, and stores the same thing however the caller's token listed it. */
class AuditEntryTest {

    private static final Caller CALLER = new Caller("u-1", "ann", "northshire-police", "police", List.of(),
            Set.of("practitioner", "case-lead", "auditor"), false);

    @AfterEach
    void clearLoggingContext() {
        MDC.remove(AuditEntry.REQUEST_ID_KEY);
    }

    @Test
    void theCallerIsRecordedWithRolesSorted() {
        AuditEntry entry = AuditEntry.of(CALLER).action(AuditAction.READ).resource("case", "c-1").build();

        assertThat(entry.userId()).isEqualTo("u-1");
        assertThat(entry.username()).isEqualTo("ann");
        assertThat(entry.agency()).isEqualTo("northshire-police");
        assertThat(entry.roles()).containsExactly("auditor", "case-lead", "practitioner");
        assertThat(entry.outcome()).isEqualTo(AuditOutcome.SUCCESS);
    }

    @Test
    void eachPersonIsRecordedOnceInTheOrderGiven() {
        UUID child = UUID.randomUUID();
        UUID mother = UUID.randomUUID();

        AuditEntry entry = AuditEntry.of(CALLER).action(AuditAction.SHARE).resource("case", "c-1")
                .people(child, mother).person(child).build();

        assertThat(entry.personIds()).containsExactly(child, mother);
    }

    @Test
    void theRequestIdComesFromTheLoggingContextUnlessGiven() {
        MDC.put(AuditEntry.REQUEST_ID_KEY, "req-7");

        assertThat(AuditEntry.of(CALLER).action("read").resource("case").build().requestId()).isEqualTo("req-7");
        assertThat(AuditEntry.of(CALLER).action("read").resource("case").requestId("req-1").build().requestId()).isEqualTo("req-1");
        MDC.remove(AuditEntry.REQUEST_ID_KEY);
        assertThat(AuditEntry.of(CALLER).action("read").resource("case").build().requestId()).isNull();
    }

    @Test
    void aSystemEntryNamesTheJobAndNoUser() {
        AuditEntry entry = AuditEntry.system("feed-consumer").action(AuditAction.UPDATE).resource("case", 7).build();

        assertThat(entry.username()).isEqualTo("feed-consumer");
        assertThat(entry.userId()).isNull();
        assertThat(entry.agency()).isNull();
        assertThat(entry.roles()).isEmpty();
        assertThat(entry.resourceId()).isEqualTo("7");
    }

    @Test
    void anEntryNeedsAnActionAndAResourceType() {
        assertThatThrownBy(() -> AuditEntry.of(CALLER).resource("case", "c-1").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("action");
        assertThatThrownBy(() -> AuditEntry.of(CALLER).action("read").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("resourceType");
        assertThatThrownBy(() -> AuditEntry.of(CALLER).action("read").resource("case").outcome(null).build())
                .isInstanceOf(NullPointerException.class);
    }
}
