package org.earlyhelp.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.platform.test.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * The referral table of {@code docs/access.md} (and {@code referral-service/README.md}), row by row: each caller, by role and
 * relationship, against a referral accepted with a lead agency, a signposted referral and its onward referral. What a
 * caller may not see is 404 by id, absent from every list and absent from its event feed; belonging to a participating
 * agency (the hub's included) gives nothing without a working role. Agencies, users and people here are used by no other
 * test, in Kingsfold, so no other test's records can stand in for them.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ReferralAccessMatrixTest {

    static final String HOUSING = "kingsfold-housing";
    static final String YOUTH_JUSTICE = "northshire-youth-justice";
    static final String ADVICE = StubServiceDirectory.MONEY_ADVICE_AGENCY;
    static final String PROBATION = "westbrook-probation";
    static final String HUB = "northshire-early-help";
    static final String AREA = "kingsfold";

    static final int SEES = 200;
    static final int NOT = 404;

    /**
     * Who asks, and what they get for: the referral accepted with youth justice as lead ({@code accepted}), the
     * signposted referral ({@code signposted}), and the onward referral it sent to money advice ({@code onward}). Both
     * referrals were made by Kingsfold housing for the Kingsfold hub.
     */
    enum Who {
        // role, relationship                                                                        accepted signposted onward
        REFERRER_PRACTITIONER(() -> user("hana.moss", HOUSING, "housing", "practitioner"), SEES, SEES, SEES),
        REFERRER_CASE_LEAD(() -> user("hal.grange", HOUSING, "housing", "case-lead"), SEES, SEES, SEES),
        REFERRER_SYSTEM(() -> system("kingsfold-housing-system", HOUSING, "housing"), SEES, SEES, SEES),
        REFERRER_DIRECTORY_ADMIN(() -> user("dot.moss", HOUSING, "housing", "directory-admin"), NOT, NOT, NOT),
        REFERRER_AUDITOR(() -> user("aud.moss", HOUSING, "housing", "auditor"), NOT, NOT, NOT),
        LEAD_PRACTITIONER(() -> user("yan.rowe", YOUTH_JUSTICE, "youth-justice", "practitioner", "case-lead"), SEES, NOT, NOT),
        LEAD_SYSTEM(() -> system("youth-justice-system", YOUTH_JUSTICE, "youth-justice"), SEES, NOT, NOT),
        LEAD_AUDITOR(() -> user("aud.rowe", YOUTH_JUSTICE, "youth-justice", "auditor"), NOT, NOT, NOT),
        RECEIVER_PRACTITIONER(() -> user("mo.advice", ADVICE, "charity", "practitioner"), NOT, NOT, SEES),
        RECEIVER_SYSTEM(() -> system("money-advice-system", ADVICE, "charity"), NOT, NOT, SEES),
        RECEIVER_DIRECTORY_ADMIN(() -> user("dee.advice", ADVICE, "charity", "directory-admin"), NOT, NOT, NOT),
        HUB_TRIAGE_OF_THE_AREA(() -> screener("kit.screener", AREA), SEES, SEES, SEES),
        HUB_TRIAGE_OF_ANOTHER_AREA(() -> screener("wyn.screener", "westbrook"), NOT, NOT, NOT),
        HUB_DIRECTORY_ADMIN(() -> user("hub.directory", HUB, "local-authority", "directory-admin"), NOT, NOT, NOT),
        HUB_AUDITOR(() -> user("hub.auditor", HUB, "local-authority", "auditor"), NOT, NOT, NOT),
        UNRELATED_PRACTITIONER(() -> user("pip.probation", PROBATION, "probation", "practitioner", "case-lead"), NOT, NOT, NOT),
        UNRELATED_SYSTEM(() -> system("probation-system", PROBATION, "probation"), NOT, NOT, NOT);

        final Supplier<String> bearer;
        final int accepted;
        final int signposted;
        final int onward;

        Who(Supplier<String> bearer, int accepted, int signposted, int onward) {
            this.bearer = bearer;
            this.accepted = accepted;
            this.signposted = signposted;
            this.onward = onward;
        }

        String bearer() {
            return bearer.get();
        }
    }

    private static String accepted;
    private static String signposted;
    private static String onward;
    private static String family;

    /** The two referrals and the onward referral, made once for the class (the app's port is known only once a test runs). */
    @BeforeEach
    void housingRefersTwoFamiliesToTheKingsfoldHub() {
        if (accepted != null) {
            return;
        }
        family = unique();
        accepted = Api.submitted(Who.REFERRER_PRACTITIONER.bearer(), kingsfold("Ottilie", "Quennell" + family).build());
        act(accepted, "triage", null).statusCode(200);
        StubSharingGate.permitLead(YOUTH_JUSTICE, List.of(
                (String) Api.read(Who.HUB_TRIAGE_OF_THE_AREA.bearer(), accepted).statusCode(200).extract().path("children[0].personId")));
        act(accepted, "accept", Map.of("leadAgency", YOUTH_JUSTICE, "reason", "Youth offending team knows the family"))
                .statusCode(200);

        signposted = Api.submitted(Who.REFERRER_SYSTEM.bearer(), kingsfold("Barnaby", "Eccleston" + family).build());
        act(signposted, "triage", null).statusCode(200);
        String child = Api.read(Who.HUB_TRIAGE_OF_THE_AREA.bearer(), signposted).statusCode(200).extract().path("children[0].personId");
        StubSharingGate.permit(child, ADVICE, "identity");
        act(signposted, "signpost", Map.of("reason", "Rent arrears are the main worry",
                "services", List.of(Map.of("serviceId", StubServiceDirectory.MONEY_ADVICE.toString())))).statusCode(200);
        onward = listed(Who.HUB_TRIAGE_OF_THE_AREA.bearer(), "/api/onward-referrals").stream()
                .filter(item -> signposted.equals(item.get("referralId"))).map(item -> (String) item.get("id"))
                .findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Who.class)
    void readsAReferralOnlyIfTheTableSaysSo(Who who) {
        Api.read(who.bearer(), accepted).statusCode(who.accepted);
        given().header("Authorization", who.bearer()).when().get("/api/referrals/" + accepted + "/history")
                .then().statusCode(who.accepted);
        Api.read(who.bearer(), signposted).statusCode(who.signposted);
        given().header("Authorization", who.bearer()).when().get("/api/referrals/" + signposted + "/history")
                .then().statusCode(who.signposted);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Who.class)
    void listsOnlyTheReferralsItMaySee(Who who) {
        Set<String> listed = ids(listed(who.bearer(), "/api/referrals"));
        assertThat(listed.contains(accepted)).as("accepted referral listed").isEqualTo(who.accepted == SEES);
        assertThat(listed.contains(signposted)).as("signposted referral listed").isEqualTo(who.signposted == SEES);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Who.class)
    void readsAndListsTheOnwardReferralOnlyIfTheTableSaysSo(Who who) {
        given().header("Authorization", who.bearer()).when().get("/api/onward-referrals/" + onward).then().statusCode(who.onward);
        assertThat(ids(listed(who.bearer(), "/api/onward-referrals")).contains(onward)).as("onward referral in the inbox")
                .isEqualTo(who.onward == SEES);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Who.class)
    void readsOnTheFeedOnlyEventsAboutWhatItMaySee(Who who) {
        Set<String> subjects = Feed.all(who.bearer()).stream().map(event -> String.valueOf(event.get("subject")))
                .collect(Collectors.toSet());
        assertThat(subjects.contains(accepted)).as("events about the accepted referral").isEqualTo(who.accepted == SEES);
        assertThat(subjects.contains(signposted)).as("events about the signposted referral").isEqualTo(who.signposted == SEES);
        assertThat(subjects.contains(onward)).as("events about the onward referral").isEqualTo(who.onward == SEES);
    }

    @Test
    void theLeadIsToldFromItsAcceptanceOnNotOfWhatCameBefore() {
        List<String> types = Feed.all(Who.LEAD_PRACTITIONER.bearer()).stream().filter(event -> accepted.equals(event.get("subject")))
                .map(event -> (String) event.get("type")).toList();
        assertThat(types).containsExactly("referral.accepted");
    }

    @Test
    void onlyTheReferrersWorkingRolesWithdraw() {
        String referral = Api.submitted(Who.REFERRER_PRACTITIONER.bearer(), kingsfold("Clemency", "Tregarth" + family).build());
        String etag = Api.etag(Who.HUB_TRIAGE_OF_THE_AREA.bearer(), referral);
        Map<String, Object> reason = Map.of("reason", "The family moved out of the district");
        Api.actWith(Who.REFERRER_DIRECTORY_ADMIN.bearer(), referral, "withdraw", reason, etag).statusCode(403);
        Api.actWith(Who.UNRELATED_PRACTITIONER.bearer(), referral, "withdraw", reason, etag).statusCode(404);
        Api.actWith(Who.LEAD_PRACTITIONER.bearer(), referral, "withdraw", reason, etag).statusCode(404);
        Api.actWith(Who.REFERRER_CASE_LEAD.bearer(), referral, "withdraw", reason, etag).statusCode(200)
                .body("status", equalTo("withdrawn"));
    }

    @Test
    void onlyTheHubOfTheAreaTriagesAndSeesTheQueue() {
        String referral = Api.submitted(Who.REFERRER_PRACTITIONER.bearer(), kingsfold("Delphine", "Ashworth" + family).build());
        assertThat(ids(listed(Who.HUB_TRIAGE_OF_THE_AREA.bearer(), "/api/triage-queue"))).contains(referral);
        assertThat(ids(listed(Who.HUB_TRIAGE_OF_ANOTHER_AREA.bearer(), "/api/triage-queue"))).doesNotContain(referral);
        for (Who notTriage : List.of(Who.HUB_DIRECTORY_ADMIN, Who.HUB_AUDITOR, Who.REFERRER_PRACTITIONER)) {
            given().header("Authorization", notTriage.bearer()).when().get("/api/triage-queue").then().statusCode(403);
        }
        String etag = Api.etag(Who.HUB_TRIAGE_OF_THE_AREA.bearer(), referral);
        Api.actWith(Who.HUB_TRIAGE_OF_ANOTHER_AREA.bearer(), referral, "triage", null, etag).statusCode(404);
        Api.actWith(Who.HUB_DIRECTORY_ADMIN.bearer(), referral, "triage", null, etag).statusCode(403);
        Api.actWith(Who.HUB_TRIAGE_OF_THE_AREA.bearer(), referral, "triage", null, etag).statusCode(200);
    }

    @Test
    void onlyTheReceiversWorkingRolesDecideTheOnwardReferral() {
        given().header("Authorization", Who.RECEIVER_DIRECTORY_ADMIN.bearer()).when().post("/api/onward-referrals/" + onward + "/accept")
                .then().statusCode(403);
        given().header("Authorization", Who.UNRELATED_PRACTITIONER.bearer()).when().post("/api/onward-referrals/" + onward + "/accept")
                .then().statusCode(404);
        // The referrer sees it (what became of its referral) but does not decide it.
        given().header("Authorization", Who.REFERRER_PRACTITIONER.bearer()).when().post("/api/onward-referrals/" + onward + "/accept")
                .then().statusCode(403);
        given().header("Authorization", Who.HUB_TRIAGE_OF_ANOTHER_AREA.bearer()).when()
                .post("/api/onward-referrals/" + onward + "/check-consent").then().statusCode(404);
    }

    /**
     * Housing, probation and housing's system refer the same child in Kingsfold; the Kingsfold hub joins them: only it
     * sees the matches, the alert and the alert's event.
     */
    @Test
    void onlyTheHubOfTheAreaSeesMatchesAndCumulativeConcern() {
        String born = BirthDays.of(10);
        String first = Api.submitted(Who.REFERRER_PRACTITIONER.bearer(), kingsfold("Wilhelmina", "Fairweather" + family).bornOn(born).build());
        String child = Api.read(Who.HUB_TRIAGE_OF_THE_AREA.bearer(), first).statusCode(200).extract().path("children[0].personId");
        for (Who referrer : List.of(Who.UNRELATED_PRACTITIONER, Who.REFERRER_SYSTEM)) {
            String next = Api.submitted(referrer.bearer(), kingsfold("Wilhelmina", "Fairweather" + family).bornOn(born).build());
            given().header("Authorization", Who.HUB_TRIAGE_OF_ANOTHER_AREA.bearer()).when().get("/api/referrals/" + next + "/matches")
                    .then().statusCode(404);
            List<Map<String, Object>> matches = given().header("Authorization", Who.HUB_TRIAGE_OF_THE_AREA.bearer())
                    .when().get("/api/referrals/" + next + "/matches").then().statusCode(200).extract().jsonPath().getList("items");
            String match = matches.stream().filter(m -> child.equals(m.get("candidatePersonId"))).map(m -> (String) m.get("id"))
                    .findFirst().orElseThrow();
            given().header("Authorization", Who.HUB_TRIAGE_OF_ANOTHER_AREA.bearer()).when()
                    .post("/api/referrals/" + next + "/matches/" + match + "/confirm").then().statusCode(404);
            given().header("Authorization", Who.HUB_TRIAGE_OF_THE_AREA.bearer()).when()
                    .post("/api/referrals/" + next + "/matches/" + match + "/confirm").then().statusCode(200);
        }

        String alert = listed(Who.HUB_TRIAGE_OF_THE_AREA.bearer(), "/api/alerts").stream()
                .filter(item -> child.equals(item.get("personId"))).map(item -> (String) item.get("id")).findFirst().orElseThrow();
        assertThat(ids(listed(Who.HUB_TRIAGE_OF_ANOTHER_AREA.bearer(), "/api/alerts"))).doesNotContain(alert);
        given().header("Authorization", Who.HUB_DIRECTORY_ADMIN.bearer()).when().get("/api/alerts").then().statusCode(403);
        given().header("Authorization", Who.HUB_TRIAGE_OF_ANOTHER_AREA.bearer()).contentType("application/json").body(Map.of())
                .when().post("/api/alerts/" + alert + "/acknowledge").then().statusCode(404);

        for (Who who : Who.values()) {
            boolean told = Feed.all(who.bearer()).stream().anyMatch(event -> alert.equals(event.get("subject")));
            assertThat(told).as(who + " reads the alert's event").isEqualTo(who == Who.HUB_TRIAGE_OF_THE_AREA);
        }
    }

    private static ValidatableResponse act(String referral, String action, Map<String, Object> body) {
        String etag = Api.etag(Who.HUB_TRIAGE_OF_THE_AREA.bearer(), referral);
        return Api.actWith(Who.HUB_TRIAGE_OF_THE_AREA.bearer(), referral, action, body, etag);
    }

    /** Every item of a paged list, all pages. */
    private static List<Map<String, Object>> listed(String bearer, String path) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int page = 0;; page++) {
            var body = given().header("Authorization", bearer).queryParam("size", 100).queryParam("page", page)
                    .when().get(path).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = body.getList("items");
            all.addAll(items);
            if (items.isEmpty() || all.size() >= body.getLong("total")) {
                return all;
            }
        }
    }

    private static Set<String> ids(List<Map<String, Object>> items) {
        return items.stream().map(item -> (String) item.get("id")).collect(Collectors.toSet());
    }

    private static Referrals kingsfold(String first, String last) {
        return Referrals.child(first, last).area(AREA).concern("housing", "Rent arrears; notice seeking possession", "medium");
    }

    private static String user(String username, String agency, String type, String... roles) {
        return Tokens.user(username).agency(agency, type).roles(roles).bearer();
    }

    private static String system(String clientId, String agency, String type) {
        return Tokens.partnerSystem(clientId).agency(agency, type).bearer();
    }

    private static String screener(String username, String area) {
        return Tokens.user(username).agency(HUB, "local-authority").areas(area).roles("hub-triage").bearer();
    }

    /** Letters unique to one run, so these families are nobody else's in the shared test database. */
    private static String unique() {
        Random random = new Random();
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }
}
