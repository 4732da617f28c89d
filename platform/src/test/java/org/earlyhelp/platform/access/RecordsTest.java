package org.earlyhelp.platform.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.NotFoundException;

import org.earlyhelp.platform.identity.Caller;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * One rule serves the single read and the list: a caller gets a record only through a working role of its agency or as
 * the hub of its area; anything else is 404 whether or not it exists, and every attempt is in the audit trail.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class RecordsTest {

    @Inject
    Records records;

    @Inject
    EntityManager entityManager;

    private String police;
    private ToyCase policeCase;
    private ToyCase charityCase;

    @BeforeEach
    void twoAgenciesRecords() {
        police = "police-" + UUID.randomUUID();
        policeCase = ToyCase.of(police, "eastmere");
        charityCase = ToyCase.of("charity-" + UUID.randomUUID(), "kingsfold");
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.persist(policeCase);
            entityManager.persist(charityCase);
        });
    }

    @Test
    void aWorkingRoleOfTheAgencyReadsItsRecordAndTheReadIsAudited() {
        ToyCase read = QuarkusTransaction.requiringNew().call(() -> records.read(caller(police, "practitioner"), ToyCase.VISIBILITY,
                policeCase.id));

        assertThat(read.id).isEqualTo(policeCase.id);
        assertThat(auditOutcomes(policeCase.id)).containsExactly("read:success");
    }

    @Test
    void theAgencysDirectoryAdminAndAuditorGetNotFoundAndTheAttemptIsAuditedAsDenied() {
        for (String role : List.of("directory-admin", "auditor")) {
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                    .call(() -> records.read(caller(police, role), ToyCase.VISIBILITY, policeCase.id)))
                    .as(role).isInstanceOf(NotFoundException.class);
        }
        assertThat(auditOutcomes(policeCase.id)).containsExactly("read:denied", "read:denied");
    }

    @Test
    void aRecordThatDoesNotExistIsTheSameNotFoundAuditedAsNotFound() {
        UUID nothing = UUID.randomUUID();

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                .call(() -> records.find(caller(police, "practitioner"), ToyCase.VISIBILITY, nothing, "update")))
                .isInstanceOf(NotFoundException.class).hasMessage("No toy-case " + nothing + " that you may see");
        assertThat(auditOutcomes(nothing)).containsExactly("update:not-found");
    }

    @Test
    void theHubSeesTheRecordsOfItsAreasOnly() {
        Caller eastmereHub = new Caller("s", "screener", "hub", "local-authority", List.of("eastmere"), Set.of("hub-triage"), false);

        Page<ToyCase> page = QuarkusTransaction.requiringNew().call(() -> records.page(eastmereHub, ToyCase.VISIBILITY,
                Condition.of("r.id in :ids", Map.of("ids", List.of(policeCase.id, charityCase.id))), "r.id", new PageRequest(0, 10)));

        assertThat(page.items()).extracting(toy -> toy.id).containsExactly(policeCase.id);
        assertThat(page.total()).isEqualTo(1);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().call(() -> records.read(eastmereHub, ToyCase.VISIBILITY,
                charityCase.id))).isInstanceOf(NotFoundException.class);
    }

    private static Caller caller(String agency, String role) {
        return new Caller(UUID.randomUUID().toString(), role + "-user", agency, "police", List.of("eastmere"), Set.of(role), false);
    }

    @SuppressWarnings("unchecked")
    private List<String> auditOutcomes(UUID resource) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT action || ':' || outcome FROM audit_event WHERE resource_id = ?1 ORDER BY id")
                .setParameter(1, resource.toString()).getResultList());
    }
}
