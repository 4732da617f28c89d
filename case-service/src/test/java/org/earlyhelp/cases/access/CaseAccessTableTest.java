package org.earlyhelp.cases.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.earlyhelp.cases.Agencies;
import org.earlyhelp.cases.Api;
import org.earlyhelp.cases.Families;
import org.earlyhelp.cases.StubNeighbours;
import org.earlyhelp.cases.opening.ReferralFeed;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.platform.test.Tokens;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The case table of {@code docs/access.md} (and case-service/README.md, "Access"), row by row: role ×
 * relationship → whether the caller sees a case, in the single read, the case list, the caseload, the
 * caseload's actions and transfers, and the event feed. An agency reaches a case only through a
 * working role (practitioner, case lead, partner system) of the lead or a team agency; the hub
 * reaches it by the case's area through hub-triage; the directory admin and auditor of any agency,
 * the hub's included, reach nothing. The agencies, people and area here are used by no other test.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
@WithTestResource(StubNeighbours.class)
class CaseAccessTableTest {

    private static final String AREA = "saltmarsh";
    private static final String LEAD = "saltmarsh-family-centre";
    private static final String TEAM = Agencies.MENTAL_HEALTH;
    private static final String REFERRER = "saltmarsh-constabulary";
    private static final String STRANGER = "harbour-housing";

    private static String caseId;
    private static String actionId;
    private static String transferId;

    @Inject
    ReferralFeed referrals;

    /** Relationship of the caller to the case. */
    enum Relationship { LEAD, TEAM, REFERRER, HUB_OF_THE_AREA, HUB_OF_ANOTHER_AREA, HUB, NONE }

    /** What the row expects: sees the case everywhere it is listed, and (team working roles) its action and transfer. */
    enum Sees { CASE, CASE_AND_TEAM_WORK, NOTHING }

    /** The table: relationship, role, the token, what it sees. */
    static Stream<Arguments> table() {
        return Stream.of(
                row(Relationship.LEAD, "practitioner", user("fc.ortiz", LEAD, "practitioner"), Sees.CASE),
                row(Relationship.LEAD, "case-lead", lead(), Sees.CASE),
                row(Relationship.LEAD, "partner-system", system("saltmarsh-fc-system", LEAD), Sees.CASE),
                row(Relationship.LEAD, "directory-admin", user("fc.admin", LEAD, "directory-admin"), Sees.NOTHING),
                row(Relationship.LEAD, "auditor", user("fc.dpo", LEAD, "auditor"), Sees.NOTHING),
                row(Relationship.TEAM, "practitioner", user("mh.adeyemi", TEAM, "practitioner"), Sees.CASE_AND_TEAM_WORK),
                row(Relationship.TEAM, "case-lead", user("mh.brandt", TEAM, "practitioner", "case-lead"), Sees.CASE_AND_TEAM_WORK),
                row(Relationship.TEAM, "partner-system", system("mh-records-system", TEAM), Sees.CASE_AND_TEAM_WORK),
                row(Relationship.TEAM, "directory-admin", user("mh.admin", TEAM, "directory-admin"), Sees.NOTHING),
                row(Relationship.TEAM, "auditor", user("mh.dpo", TEAM, "auditor"), Sees.NOTHING),
                row(Relationship.REFERRER, "practitioner", user("pc.marsh", REFERRER, "practitioner"), Sees.NOTHING),
                row(Relationship.REFERRER, "case-lead", user("sgt.marsh", REFERRER, "practitioner", "case-lead"), Sees.NOTHING),
                row(Relationship.HUB_OF_THE_AREA, "hub-triage", screener("hub.saltmarsh", AREA), Sees.CASE),
                row(Relationship.HUB_OF_ANOTHER_AREA, "hub-triage", screener("hub.kingsfold", "kingsfold"), Sees.NOTHING),
                row(Relationship.HUB, "directory-admin", user("hub.diradmin", Agencies.HUB, "directory-admin"), Sees.NOTHING),
                row(Relationship.HUB, "auditor", user("hub.dpo", Agencies.HUB, "auditor"), Sees.NOTHING),
                row(Relationship.NONE, "case-lead", user("housing.okafor", STRANGER, "practitioner", "case-lead"), Sees.NOTHING),
                row(Relationship.NONE, "practitioner", user("housing.webb", STRANGER, "practitioner"), Sees.NOTHING),
                row(Relationship.NONE, "partner-system", system("harbour-housing-system", STRANGER), Sees.NOTHING));
    }

    /** One case in Saltmarsh, led by the family centre, the mental health team on it owning an action and offered the lead. */
    @BeforeEach
    void aCaseWithATeamAnActionAndATransfer() {
        if (caseId != null) {
            return;
        }
        Families.Accepted family = Families.accepted().referredBy(REFERRER).ledBy(LEAD).in(AREA);
        caseId = referrals.accept(family);
        UUID consent = UUID.randomUUID();
        StubNeighbours.permit(family.child, TEAM, consent);
        StubNeighbours.permit(family.parent, TEAM, consent);
        Api.post(lead(), "/api/cases/" + caseId + "/members", Map.of("agency", TEAM, "role", "parental mental health"))
                .statusCode(201);
        actionId = Api.post(lead(), "/api/cases/" + caseId + "/actions", Map.of("description", "Assess mother's mood",
                "ownerAgency", TEAM, "dueDate", LocalDate.now().plusDays(3).toString())).statusCode(201).extract().path("id");
        transferId = Api.post(lead(), "/api/cases/" + caseId + "/transfers", Map.of("toAgency", TEAM,
                "reason", "Mental health now leads the work")).statusCode(201).extract().path("id");
    }

    @ParameterizedTest(name = "{0} {1}: {3}")
    @MethodSource("table")
    void theCaseTable(Relationship relationship, String role, String bearer, Sees sees) {
        boolean seesCase = sees != Sees.NOTHING;
        Api.read(bearer, caseId).statusCode(seesCase ? 200 : 404);
        for (String part : List.of("history", "members", "actions", "transfers", "supporting-families")) {
            Api.get(bearer, "/api/cases/" + caseId + "/" + part).statusCode(seesCase ? 200 : 404);
        }
        Api.get(bearer, "/api/cases?size=100").statusCode(200).body("items.id", listed(seesCase));
        Api.get(bearer, "/api/caseload?scope=agency&status=all&size=100").statusCode(200).body("items.id", listed(seesCase));
        boolean seesTeamWork = sees == Sees.CASE_AND_TEAM_WORK;
        Api.get(bearer, "/api/caseload/actions?within=14&size=100").statusCode(200).body("items.id", listed(seesTeamWork, actionId));
        Api.get(bearer, "/api/caseload/transfers?size=100").statusCode(200).body("items.id", listed(seesTeamWork, transferId));
        // Events are addressed when they happen: the team joined after case.opened, so it reads from case.member-added on.
        List<Object> types = Api.allEvents(bearer).stream().filter(event -> caseId.equals(event.get("subject")))
                .map(event -> event.get("type")).toList();
        if (!seesCase) {
            assertThat(types).as("events about the case on the feed").isEmpty();
        } else if (relationship == Relationship.TEAM) {
            assertThat(types).as("events about the case on the feed").containsExactly("case.member-added");
        } else {
            assertThat(types).as("events about the case on the feed").containsExactly("case.opened", "case.member-added");
        }
    }

    @ParameterizedTest(name = "{0} {1}: {3}")
    @MethodSource("table")
    void whoeverCannotSeeTheCaseCannotChangeItEither(Relationship relationship, String role, String bearer, Sees sees) {
        if (sees != Sees.NOTHING || !role.equals("case-lead")) {
            return;
        }
        // A case lead that cannot see the case gets what it would get for a case that does not exist.
        Api.act(lead(), caseId, "take-lead", null).statusCode(200);
        Api.actWith(bearer, caseId, "take-lead", null, Api.etag(lead(), caseId)).statusCode(404);
        Api.post(bearer, "/api/cases/" + caseId + "/notes", Map.of("text", "x")).statusCode(404);
        Api.post(bearer, "/api/cases/" + caseId + "/transfers/" + transferId + "/accept", null).statusCode(404);
        given().header("Authorization", lead()).when().get("/api/cases/" + caseId).then().statusCode(200)
                .body("leadAgency", equalTo(LEAD));
    }

    private static Matcher<Iterable<? super String>> listed(boolean seen) {
        return listed(seen, caseId);
    }

    @SuppressWarnings("unchecked")
    private static Matcher<Iterable<? super String>> listed(boolean seen, String id) {
        return seen ? hasItem(id) : (Matcher<Iterable<? super String>>) (Matcher<?>) not(hasItem(id));
    }

    private static Arguments row(Relationship relationship, String role, String bearer, Sees sees) {
        return Arguments.of(relationship, role, bearer, sees);
    }

    /** The family centre's case lead, who leads the case. */
    private static String lead() {
        return user("fc.lead", LEAD, "practitioner", "case-lead");
    }

    private static String user(String name, String agency, String... roles) {
        return Tokens.user(name).agency(agency, "local-authority").areas(AREA).roles(roles).bearer();
    }

    private static String system(String client, String agency) {
        return Tokens.partnerSystem(client).agency(agency, "local-authority").areas(AREA).bearer();
    }

    private static String screener(String name, String area) {
        return Tokens.user(name).agency(Agencies.HUB, "local-authority").areas(area).roles("hub-triage").bearer();
    }
}
