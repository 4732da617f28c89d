package org.earlyhelp.consent.dataprotection;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.earlyhelp.platform.events.CloudEvent;

/** Tells the open-case projection ({@link OpenCases}) what case-service would publish, through the real consumer. */
@ApplicationScoped
public class OpenCaseFixture {

    private final OpenCases openCases;
    private final ObjectMapper json = new ObjectMapper();

    OpenCaseFixture(OpenCases openCases) {
        this.openCases = openCases;
    }

    public void opened(UUID caseId, UUID person, String leadAgency) {
        deliver("case.opened", Map.of("caseId", caseId.toString(), "personIds", List.of(person.toString()), "leadAgency", leadAgency,
                "area", "eastmere"));
    }

    public void transferred(UUID caseId, UUID person, String fromAgency, String toAgency) {
        deliver("case.transferred", Map.of("caseId", caseId.toString(), "personIds", List.of(person.toString()),
                "fromAgency", fromAgency, "toAgency", toAgency, "area", "eastmere"));
    }

    public void closed(UUID caseId, UUID person, String leadAgency) {
        deliver("case.closed", Map.of("caseId", caseId.toString(), "personIds", List.of(person.toString()), "leadAgency", leadAgency,
                "outcome", "needs-met", "area", "eastmere"));
    }

    public void reopened(UUID caseId, UUID person) {
        deliver("case.reopened", Map.of("caseId", caseId.toString(), "personIds", List.of(person.toString()), "area", "eastmere"));
    }

    private void deliver(String type, Map<String, Object> data) {
        CloudEvent event = new CloudEvent("1.0", UUID.randomUUID().toString(), "/early-help/case", type, null, Instant.now(),
                "application/json", json.valueToTree(data), "1");
        QuarkusTransaction.requiringNew().run(() -> openCases.handle(event));
    }
}
