package org.earlyhelp.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A family's referral goes from the police through triage to a lead agency, with the consent
 * that lets the lead agency receive it recorded first; every one of those reads and changes of personal data (and a refused
 * look by another agency) is in the owning service's audit trail, found by the request id the
 * client sent. The hash chain verifies, breaks at exactly the row a database superuser edits,
 * and verifies again once the edit is undone.
 */
@ExtendWith(Suite.Shared.class)
class AuditCompletenessTest {

    private static final String OFFICER = "pc.hughes";
    private static final String HUB = "hub.patel";
    private static final String LEAD = "hv.morgan";
    private static final String GP = "dr.singh";
    private static final String AUDITOR = "auditor.dpo";

    /** A request the scenario made and the audit row it must have left. */
    private record Expected(String requestId, String context, String action, String resourceId, String outcome) {
    }

    private final List<Expected> expected = new ArrayList<>();
    private int sent;

    @Test
    void everyReadAndChangeOfPersonalDataHasItsAuditRowAndTheChainShowsTampering(Suite suite) throws Exception {
        Instant start = Instant.now().minusSeconds(1);
        String key = Referrals.key("audit", 0);

        Response submitted = call(suite, OFFICER, "referral", "create", null, "success",
                spec -> spec.contentType(ContentType.JSON).header("Idempotency-Key", key).body(Referrals.family(0, key)),
                "POST", "/api/referrals");
        assertThat(submitted.statusCode()).isEqualTo(201);
        String referral = submitted.jsonPath().getString("id");
        fix(referral);
        String child = submitted.jsonPath().getString("children[0].personId");

        call(suite, OFFICER, "referral", "read", referral, "success", spec -> spec, "GET", "/api/referrals/" + referral);
        call(suite, OFFICER, "referral", "read", referral, "success", spec -> spec, "GET", "/api/referrals/" + referral + "/history");
        call(suite, OFFICER, "referral", "list", null, "success", spec -> spec, "GET", "/api/referrals");
        call(suite, HUB, "referral", "list", null, "success", spec -> spec, "GET", "/api/triage-queue");
        String etag = call(suite, HUB, "referral", "read", referral, "success", spec -> spec, "GET", "/api/referrals/" + referral)
                .header("ETag");
        call(suite, HUB, "referral", "update", referral, "success", spec -> spec.header("If-Match", etag),
                "POST", "/api/referrals/" + referral + "/triage").then().statusCode(200);
        String triaged = call(suite, HUB, "referral", "read", referral, "success", spec -> spec, "GET", "/api/referrals/" + referral)
                .header("ETag");
        // The family's consent lets the lead agency receive the referral (referral-service asks consent-service before
        // accepting). consent-service learns that the hub screens this child's area from the referral feed, a moment after the
        // referral: until then the hub is told 404 (and that attempt is audited as refused, so it is expected as such).
        Response consent = call(suite, HUB, "consent", "create", null, "success", spec -> spec.contentType(ContentType.JSON)
                .body(consentFor(child)), "POST", "/api/consents");
        for (Instant until = Instant.now().plusSeconds(30); consent.statusCode() == 404 && Instant.now().isBefore(until); ) {
            expected.remove(expected.size() - 1);
            Thread.sleep(250);
            consent = call(suite, HUB, "consent", "create", null, "success", spec -> spec.contentType(ContentType.JSON)
                    .body(consentFor(child)), "POST", "/api/consents");
        }
        assertThat(consent.statusCode()).isEqualTo(201);
        String consentId = consent.jsonPath().getString("id");
        fix(consentId);
        call(suite, HUB, "referral", "update", referral, "success", spec -> spec.header("If-Match", triaged)
                        .contentType(ContentType.JSON).body(Map.of("leadAgency", "northshire-health-visiting")),
                "POST", "/api/referrals/" + referral + "/accept").then().statusCode(200);
        call(suite, GP, "referral", "read", referral, "denied", spec -> spec, "GET", "/api/referrals/" + referral)
                .then().statusCode(404);
        call(suite, LEAD, "referral", "read", referral, "success", spec -> spec, "GET", "/api/referrals/" + referral)
                .then().statusCode(200);

        call(suite, HUB, "consent", "read", consentId, "success", spec -> spec, "GET", "/api/consents/" + consentId)
                .then().statusCode(200);
        call(suite, HUB, "consent", "list", null, "success", spec -> spec.queryParam("person", child), "GET", "/api/consents")
                .then().statusCode(200);

        Map<String, List<Map<String, Object>>> referralTrail = trailByRequestId(suite, "referral", start);
        Map<String, List<Map<String, Object>>> consentTrail = trailByRequestId(suite, "consent", start);
        List<Expected> missing = new ArrayList<>();
        for (Expected request : expected) {
            List<Map<String, Object>> rows = (request.context().equals("referral") ? referralTrail : consentTrail)
                    .getOrDefault(request.requestId(), List.of());
            boolean found = rows.stream().anyMatch(row -> request.action().equals(row.get("action"))
                    && request.outcome().equals(row.get("outcome"))
                    && (request.resourceId() == null || request.resourceId().equals(row.get("resourceId"))));
            if (!found) {
                missing.add(request);
            }
        }
        assertThat(missing).as("requests without their audit row (trail: %s / %s)", referralTrail, consentTrail).isEmpty();

        Chain tampered = tamperWithAndRestore(suite, referral);
        assertThat(tampered.before().getBoolean("valid")).as("chain before: %s", tampered.before().prettify()).isTrue();
        assertThat(tampered.edited().getBoolean("valid")).as("chain with an edited row").isFalse();
        assertThat(tampered.edited().getLong("firstBroken.id")).isEqualTo(tampered.rowId());
        assertThat(tampered.edited().getString("firstBroken.reason")).isEqualTo("altered");
        assertThat(tampered.restored().getBoolean("valid")).as("chain with the edit undone").isTrue();

        suite.ledger.note("audit: " + sent + " requests reading or changing personal data (referral and consent), "
                + (sent - missing.size()) + " with their audit row; chain valid, broken at the edited row (id "
                + tampered.rowId() + ", 'altered'), valid again when restored");
    }

    /** What the verification said before, during and after a superuser edits a sealed row of the trail. */
    private record Chain(long rowId, JsonPath before, JsonPath edited, JsonPath restored) {
    }

    /** Hides who read the referral: changes the username of the officer's sealed read row, verifies, changes it back. */
    private Chain tamperWithAndRestore(Suite suite, String referral) throws Exception {
        JsonPath before = verifiedWhenSealed(suite, "referral", Duration.ofMinutes(1));
        try (Connection sql = suite.sql("referral")) {
            long rowId;
            String username;
            try (PreparedStatement read = sql.prepareStatement("""
                    SELECT id, username FROM audit_event
                    WHERE resource_id = ? AND action = 'read' AND username = ? AND seal_seq IS NOT NULL ORDER BY id LIMIT 1""")) {
                read.setString(1, referral);
                read.setString(2, OFFICER);
                try (ResultSet row = read.executeQuery()) {
                    assertThat(row.next()).as("a sealed read row of the referral").isTrue();
                    rowId = row.getLong(1);
                    username = row.getString(2);
                }
            }
            setUsername(sql, rowId, "someone.else");
            JsonPath edited = verify(suite, "referral");
            setUsername(sql, rowId, username);
            JsonPath restored = verify(suite, "referral");
            return new Chain(rowId, before, edited, restored);
        }
    }

    /** As a superuser past the append-only trigger, which is exactly what verification exists to catch. */
    private static void setUsername(Connection sql, long rowId, String username) throws Exception {
        sql.setAutoCommit(false);
        try (Statement bypass = sql.createStatement()) {
            bypass.execute("SET LOCAL session_replication_role = replica");
        }
        try (PreparedStatement update = sql.prepareStatement("UPDATE audit_event SET username = ? WHERE id = ?")) {
            update.setString(1, username);
            update.setLong(2, rowId);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        sql.commit();
    }

    private static JsonPath verifiedWhenSealed(Suite suite, String context, Duration within) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        JsonPath report = verify(suite, context);
        while (report.getLong("unsealed") > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            report = verify(suite, context);
        }
        return report;
    }

    private static JsonPath verify(Suite suite, String context) {
        return suite.as(AUDITOR).when().get("/api/audit/" + context + "/verify").then().statusCode(200).extract().jsonPath();
    }

    /** The auditor's view of the trail since the scenario began, grouped by request id. */
    private static Map<String, List<Map<String, Object>>> trailByRequestId(Suite suite, String context, Instant from) {
        Map<String, List<Map<String, Object>>> byRequest = new HashMap<>();
        for (int page = 0; ; page++) {
            JsonPath found = suite.as(AUDITOR).queryParam("from", from.toString()).queryParam("size", 100).queryParam("page", page)
                    .when().get("/api/audit/" + context).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = found.getList("items");
            for (Map<String, Object> row : items) {
                byRequest.computeIfAbsent(String.valueOf(row.get("requestId")), id -> new ArrayList<>()).add(row);
            }
            if (items.size() < 100) {
                return byRequest;
            }
        }
    }

    /**
     * Makes one request through the gateway with a request id of its own, and notes the audit row
     * it must leave. A null resource id is filled in by {@link #fix} once the created id is known.
     */
    private Response call(Suite suite, String user, String context, String action, String resourceId, String outcome,
            java.util.function.UnaryOperator<RequestSpecification> details, String method, String path) {
        String requestId = "audit-" + Suite.RUN + "-" + (++sent);
        expected.add(new Expected(requestId, context, action, resourceId, outcome));
        return details.apply(suite.as(user).header("X-Request-Id", requestId)).when().request(method, path);
    }

    /** The creation's row names the new id: fill it into the last expectation. */
    private void fix(String createdId) {
        Expected last = expected.remove(expected.size() - 1);
        expected.add(new Expected(last.requestId(), last.context(), last.action(), createdId, last.outcome()));
    }

    private static Map<String, Object> consentFor(String child) {
        return Map.of(
                "personId", child,
                "personName", "Child of the audited family",
                "personBirthDate", LocalDate.of(2012, 1, 1).toString(),
                "grantor", Map.of("kind", "parent-with-parental-responsibility", "name", "Sam Whitfield"),
                "method", "verbal",
                "status", "active",
                "provisions", List.of(Map.of("type", "permit", "purposes", List.of("team-around-family"),
                        "recipientAgencyTypes", List.of("health"), "dataCategories", List.of("identity", "concerns")),
                        Map.of("type", "permit", "purposes", List.of("early-help-assessment"),
                                "recipientAgencies", List.of("northshire-health-visiting"),
                                "dataCategories", List.of("identity", "contact", "concerns"))));
    }
}
