package org.earlyhelp.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.platform.test.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Issue 29 point 1: the README's "Amend and ask for more" access table, row by row, against a referral Eastmere Academy
 * made for the Eastmere hub: who may read its versions and questions, amend it, ask the referrer for more, and answer.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class AmendAndAskForMoreAccessTest {

    private static final String SCHOOL = Agencies.SCHOOL;
    private static final String HUB = Agencies.HUB;

    /** One row of the table: who, their relationship to the referral, and the status of each action. */
    record Row(String who, String relationship, int read, int amend, int ask, int answer) {

        @Override
        public String toString() {
            return who + " / " + relationship;
        }
    }

    static Stream<Row> accessTable() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int start = lines.indexOf("## Amend and ask for more");
        assertThat(start).as("README section").isPositive();
        List<Row> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (line.startsWith("| who |")) {
                inTable = true;
            } else if (line.startsWith("|---")) {
                continue;
            } else if (inTable && line.startsWith("|")) {
                String[] cells = line.split("\\|");
                rows.add(new Row(cells[1].strip(), cells[2].strip(), status(cells[3]), status(cells[4]), status(cells[5]),
                        status(cells[6])));
            } else if (inTable) {
                break;
            }
        }
        assertThat(rows).hasSizeGreaterThanOrEqualTo(10);
        return rows.stream();
    }

    private static int status(String cell) {
        return Integer.parseInt(cell.strip().substring(0, 3));
    }

    private static String bearer(Row row) {
        return switch (row.who() + "/" + row.relationship()) {
            case "practitioner/referrer" -> Tokens.user("amy.amend").agency(SCHOOL, "education").roles("practitioner").bearer();
            case "case-lead/referrer" -> Tokens.user("cal.amend").agency(SCHOOL, "education").roles("case-lead").bearer();
            case "partner system/referrer" -> Tokens.partnerSystem("school-records-system").agency(SCHOOL, "education").bearer();
            case "practitioner/another agency" -> Tokens.user("pat.other").agency(Agencies.DWP, "dwp").roles("practitioner").bearer();
            case "partner system/another agency" -> Tokens.partnerSystem("dwp-casework-system").agency(Agencies.DWP, "dwp").bearer();
            case "hub-triage/hub of the area" -> Tokens.user("hattie.hub").agency(HUB, "local-authority").areas("eastmere")
                    .roles("hub-triage").bearer();
            case "hub-triage/hub of another area" -> Tokens.user("wanda.hub").agency(HUB, "local-authority").areas("westbrook")
                    .roles("hub-triage").bearer();
            case "auditor/referrer's agency" -> Tokens.user("aud.school").agency(SCHOOL, "education").roles("auditor").bearer();
            case "directory-admin/referrer's agency" -> Tokens.user("dir.school").agency(SCHOOL, "education")
                    .roles("directory-admin").bearer();
            case "data-protection-officer/any" -> Tokens.user("dpo.amend").agency(HUB, "local-authority")
                    .areas("eastmere", "westbrook", "kingsfold").roles("data-protection-officer").bearer();
            default -> throw new IllegalArgumentException("No caller for table row " + row);
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accessTable")
    void eachCallerGetsWhatTheTableSays(Row row) {
        String bearer = bearer(row);
        String referral = Api.submitted(Agencies.teacher(), Referrals.child("Jayden", ReferralRetentionTest.marker())
                .bornOn(ReferralRetentionTest.bornSomeDay()).build());

        for (String list : List.of("amendments", "information-requests")) {
            given().header("Authorization", bearer).when().get("/api/referrals/" + referral + "/" + list).then()
                    .statusCode(row.read());
        }
        AmendAndAskForMoreTest.amend(bearer, referral, Map.of("familyViews", "Mum agrees now")).statusCode(row.amend());
        AmendAndAskForMoreTest.ask(bearer, referral, "Does mum agree?", LocalDate.now().plusDays(2)).statusCode(row.ask());

        String request = row.ask() == 201
                ? given().header("Authorization", Agencies.hubScreener()).when()
                        .get("/api/referrals/" + referral + "/information-requests").then().extract().path("items[0].id")
                : AmendAndAskForMoreTest.ask(Agencies.hubScreener(), referral, "Does mum agree?", LocalDate.now().plusDays(2))
                        .statusCode(201).extract().path("id");
        AmendAndAskForMoreTest.answer(bearer, referral, request, "She does").statusCode(row.answer());

        int expectedVersion = row.amend() == 200 ? 2 : 1;
        String expectedStatus = row.answer() == 200 ? "submitted" : "awaiting-information";
        Api.read(Agencies.hubScreener(), referral).statusCode(200)
                .body("contentVersion", equalTo(expectedVersion))
                .body("status", equalTo(expectedStatus));
    }
}
