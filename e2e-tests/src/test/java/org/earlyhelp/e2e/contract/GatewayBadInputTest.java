package org.earlyhelp.e2e.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.earlyhelp.e2e.EndToEnd;
import org.earlyhelp.e2e.KeycloakTokens;
import org.earlyhelp.e2e.Agency;
import org.earlyhelp.e2e.Consents;
import org.earlyhelp.e2e.Login;
import org.earlyhelp.e2e.Referrals;
import org.earlyhelp.e2e.TheSuite;
import org.earlyhelp.platform.test.fuzz.ApiDescription;
import org.earlyhelp.platform.test.fuzz.BadInputFuzzer;
import org.earlyhelp.platform.test.fuzz.DatabaseSnapshot;
import org.earlyhelp.platform.test.fuzz.FuzzReport;
import org.earlyhelp.platform.test.fuzz.Operation;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The generated bad input of each service's tests (issue 23), sent the way a partner sends it: through the gateway,
 * to the four documents the gateway publishes at {@code /openapi/<service>}, with real Keycloak tokens of demo users
 * whose roles reach each operation. Every error must be a problem, none a 5xx, and each service's database must hold
 * afterwards exactly what it held before. A sample of each kind of malformation per operation keeps the run short;
 * every kind and every operation is tried.
 */
@EndToEnd
class GatewayBadInputTest {

    /** Requests of one kind of malformation per operation: enough to see each kind through the gateway. */
    private static final int PER_KIND = 2;
    /** Refused requests are audited on purpose (denied / not-found rows), and the sealer chains them. */
    private static final Set<String> AUDITED_ATTEMPTS = Set.of("audit_event", "audit_seal");
    /** First the logins that reach most: a caller is the first of these with a role the operation names. */
    private static final List<Login> CALLERS = List.of(Login.HUB_PATEL, Login.HV_MORGAN, Login.ADMIN_DIRECTORY,
            Login.AUDITOR_DPO, Login.DPO_REID, Login.POLICE_RECORDS_SYSTEM, Login.PC_HUGHES);
    private static final Pattern ROLES = Pattern.compile("one of the roles: ([a-z, -]+)");

    private final Map<String, String> serviceAccountTokens = new ConcurrentHashMap<>();

    @Test
    void malformedRequestsThroughTheGatewayAreRefusedWithProblemsAndChangeNothing() {
        List<FuzzReport> reports = new ArrayList<>();
        for (String service : List.of("directory", "referral", "case", "consent")) {
            reports.add(fuzz(service));
        }
        PrintStream out = System.out;
        out.println("Bad input through the gateway, all four services:");
        out.println("  requests tried: " + reports.stream().mapToInt(FuzzReport::requests).sum());
        Map<Integer, Integer> byStatus = new java.util.TreeMap<>();
        reports.forEach(report -> report.byStatus().forEach((status, count) -> byStatus.merge(status, count, Integer::sum)));
        out.println("  responses by status: " + byStatus);
        out.println("  5xx: " + reports.stream().mapToInt(FuzzReport::serverErrors).sum());
        out.println("  non-problem-json errors: " + reports.stream().mapToInt(FuzzReport::nonProblemErrors).sum());
        out.println("  malformed stored: " + reports.stream().mapToInt(FuzzReport::malformedStored).sum());
        reports.forEach(FuzzReport::assertClean);
    }

    private FuzzReport fuzz(String service) {
        String gateway = TheSuite.running().gatewayUrl();
        String document = given().accept("application/json").queryParam("format", "json")
                .when().get(gateway + "/openapi/" + service).then().statusCode(200).extract().asString();
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setUrl(TheSuite.running().jdbcUrl(service));
        database.setUser("postgres");
        database.setPassword("postgres");
        DatabaseSnapshot watched = DatabaseSnapshot.take(database, AUDITED_ATTEMPTS);
        assertThat(watched.tables()).as("tables of database " + service + " the run watches").isPositive();
        System.out.println("Database " + service + ": " + watched.tables() + " tables watched, " + watched.rows() + " rows");
        FuzzReport report = BadInputFuzzer.of(service + "-service through the gateway", ApiDescription.parse(document))
                .sendTo(gateway)
                .callers(operation -> bearer(operation, service))
                .pathValues(operation -> operation.path().contains("{context}") ? Map.of("context", service) : Map.of())
                // Bodies the services accept, so that each variant's one flaw is what is refused (the others from the document's examples).
                .baseline("post /api/directory/organizations", GatewayBadInputTest::organization)
                .baseline("put /api/directory/organizations/{id}", GatewayBadInputTest::organization)
                .baseline("post /api/directory/services", GatewayBadInputTest::service)
                .baseline("put /api/directory/services/{id}", GatewayBadInputTest::service)
                .baseline("post /api/referrals", () -> Referrals.routine().build())
                .baseline("post /api/consents", () -> Consents.about(UUID.randomUUID(), "Fuzz Person").build())
                .baseline("post /api/cases", () -> Map.of("area", "eastmere", "needs", List.of("early-years", "health"),
                        "people", List.of(Map.of("givenName", "Kerry", "familyName", "Fuzz", "relationship", "mother", "child", false,
                                "postcode", "KF2 7QT"), Map.of("givenName", "Mia", "familyName", "Fuzz", "dateOfBirth", "2026-01-05",
                                "child", true))))
                .baseline("post /api/cases/{id}/reviews", () -> Map.of("heldOn", LocalDate.now().minusDays(7).toString(),
                        "attendees", List.of(Map.of("name", "Asha Morgan", "agency", Agency.HEALTH_VISITING.code())),
                        "nextReviewDue", LocalDate.now().plusDays(30).toString()))
                .database(database, AUDITED_ATTEMPTS)
                .sample(PER_KIND)
                .run();
        report.print(System.out);
        return report;
    }

    private static Map<String, Object> organization() {
        return Map.of("name", "Fuzz Family Hub", "description", "Fuzz Family Hub helps families in Northshire.",
                "website", "https://example.org/fuzz-family-hub");
    }

    private static Map<String, Object> service() {
        return Map.of("organizationId", UUID.randomUUID().toString(), "name", "Fuzz Parenting Group",
                "description", "Help from Fuzz Parenting Group", "minimumAge", 0, "maximumAge", 18,
                "serviceAreas", List.of(Map.of("name", "eastmere", "district", "eastmere")));
    }

    /** A token of a demo user with a role the operation's description names; a service account's for event feeds. */
    private String bearer(Operation operation, String service) {
        if (operation.path().startsWith("/oruk") || operation.path().startsWith("/openapi")) {
            return null;
        }
        if (operation.path().startsWith("/api/events/")) {
            String consumer = service.equals("referral") ? "case-service" : "referral-service";
            return "Bearer " + serviceAccountTokens.compute(consumer, (client, token) -> token != null
                    && KeycloakTokens.expiry(token).isAfter(Instant.now().plusSeconds(10)) ? token
                            : KeycloakTokens.clientCredentials(client, client + "-demo-secret"));
        }
        Matcher roles = ROLES.matcher(operation.description() == null ? "" : operation.description());
        List<String> named = roles.find() ? List.of(roles.group(1).split(",\\s*")) : List.of();
        Login caller = CALLERS.stream().filter(login -> named.stream().anyMatch(login::hasRole)).findFirst()
                .orElse(operation.path().startsWith("/api/audit/") ? Login.AUDITOR_DPO
                        : dataProtection(operation.path()) ? Login.DPO_REID : Login.HUB_PATEL);
        return "Bearer " + caller.token();
    }

    /** The data protection officer's endpoints (decision 0062): anyone else is refused before the input is read. */
    private static boolean dataProtection(String path) {
        return path.startsWith("/api/data-protection/") || path.startsWith("/api/subject-access-requests")
                || path.startsWith("/api/people/");
    }
}
