package org.earlyhelp.e2e.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.earlyhelp.e2e.EndToEnd;
import org.earlyhelp.e2e.TheSuite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The web application in a real browser (Debian's Chromium), through the gateway, with demo users signing in at
 * Keycloak's own login page: the public directory search; DOMAIN.md scenario 1 referred by the police and accepted by
 * the hub, both with JavaScript off, then the case through the pages to its closure (the lead taken, the consent check
 * refusing the DWP until the parents' consent is recorded, the team, the plan, notes with a restricted one, needs
 * assessed, the Supporting Families view, actions due, the lead moved to the charity and back; consent versions, the
 * father's withdrawal and a lawful basis; the withdrawal's alert; a review, closure with needs met, reopening); a
 * practitioner of another agency finding nothing of the family; the session's security; 320 px screens; scenario 2's
 * three referrals of one child, spelt three ways, joined by the hub into an alert; the hub asking a school for more and
 * the school answering on the referral's page; children's social care's front door acknowledging an immediate-risk
 * hand-over and returning it to the hub's queue; the hub finding a child and reading their story; a directory admin changing a
 * service's status, adding and changing an organisation, a service (every part of it, on one page), a taxonomy term
 * and a location, told when someone changed them meanwhile, and finding the location in the list of locations; a feed imported after a refused one's error report; the auditor's search and chain verification.
 * Each person signs in at Keycloak's page once per browser; their later journeys resume that session. axe-core checks
 * every page both browsers visit (WCAG 2.2 A and AA) and the run fails on any serious or critical violation.
 */
@EndToEnd
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebJourneyTest {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    /** A family no other test uses, so that "nothing of the family" means what it says. */
    private static final String FAMILY = System.getProperty("earlyhelp.e2e.web.family", "Wrenfield"); // another when attached again

    private static String base;
    private static Browser withScript;
    private static Browser noScript;
    private static String referralId;
    private static String caseId;

    @BeforeAll
    static void browsers() throws Exception {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (!Browser.available()) {
            if (ci) {
                throw new IllegalStateException("Chromium and ChromeDriver are needed in CI (.ci/run installs them): "
                        + Browser.CHROMIUM + ", " + Browser.CHROMEDRIVER);
            }
            assumeTrue(false, "No Chromium here (apt-get install chromium chromium-driver); browser tests skipped");
        }
        base = TheSuite.running().gatewayUrl();
        withScript = new Browser(base, true);
        noScript = new Browser(base, false);
    }

    @AfterAll
    static void closeAndReport() {
        if (withScript != null) {
            withScript.close();
        }
        if (noScript != null) {
            noScript.close();
        }
        System.out.println("Accessibility (axe-core, WCAG 2.2 A and AA): pages checked: " + Browser.CHECKED.size()
                + ", serious or critical violations: " + Browser.VIOLATIONS.size());
        Browser.VIOLATIONS.forEach(violation -> System.out.println("  " + violation));
        System.out.println("  of the pages checked, " + Browser.SAME_AS_CHECKED.size()
                + " had the same template (markup, words and ids aside) as a page checked before and share its result");
        System.out.println("Browser time (ms): " + Browser.TIME);
    }

    @Test
    @Order(1)
    void anyoneFindsAServiceWithATypoAndOpensIt() {
        withScript.open("/");
        assertThat(withScript.heading()).isEqualTo("Early Help Hub");
        withScript.open("/services");
        withScript.type("search", "parentng").submit();
        assertThat(withScript.driver.findElement(By.id("results-heading")).getText()).contains("found");
        String first = withScript.driver.findElement(By.cssSelector("#results h3 a")).getText();
        withScript.click(By.cssSelector("#results h3 a"));
        assertThat(withScript.path()).startsWith("/services/");
        assertThat(withScript.heading()).isEqualTo(first);

        withScript.open("/services?postcode=NS1+1AA&distance=10");
        assertThat(withScript.text()).contains("nearest first");
        withScript.open("/services?postcode=nowhere");
        assertThat(withScript.driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Enter a real postcode");
    }

    @Test
    @Order(2)
    void aPoliceOfficerRefersAnUnbornChildWithJavaScriptOff() {
        Browser b = noScript.signIn("pc.hughes");
        b.open("/referrals/new").submit();
        // An answer missing: the page says what, and keeps what was typed.
        b.choose("unborn").type("lastName", FAMILY).submit();
        assertThat(b.driver.findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("Enter the expected due date");
        assertThat(b.driver.findElement(By.id("lastName")).getAttribute("value")).isEqualTo(FAMILY);

        java.time.LocalDate due = java.time.LocalDate.now().plusMonths(4);
        b.type("dueDay", Integer.toString(due.getDayOfMonth())).type("dueMonth", Integer.toString(due.getMonthValue()))
                .type("dueYear", Integer.toString(due.getYear())).type("line1", "4 Mill Lane").type("town", "Eastmere")
                .type("postcode", "NS1 4QT").submit();
        assertThat(b.heading()).isEqualTo("Children in this referral");
        b.click(By.id("continue"));
        assertThat(b.heading()).isEqualTo("Other people in the household");
        b.click(By.id("add-another"));
        b.type("firstName", "Kayla").type("lastName", FAMILY).type("dobDay", "2").type("dobMonth", "5").type("dobYear", "2006")
                .type("relationship", "mother").submit();
        b.click(By.id("add-another"));
        b.type("firstName", "Jordan").type("lastName", "Pike").type("relationship", "father").submit();
        assertThat(b.text()).contains("Kayla " + FAMILY, "Jordan Pike");
        b.click(By.id("continue"));
        b.choose("category-domestic-abuse")
                .type("description", "Both parents grew up in homes with domestic abuse; police called to a row last month.")
                .choose("severity-medium").submit();
        assertThat(b.heading()).isEqualTo("Your concerns");
        b.click(By.id("continue"));
        b.choose("immediateRisk-no").choose("urgency").submit();
        b.choose("knows").choose("agrees").type("helpRequested", "Parenting support before the birth")
                .choose("area").submit();
        assertThat(b.heading()).isEqualTo("Check your answers before sending the referral");
        assertThat(b.text()).contains(FAMILY, "Expected " + withWords(due), "Domestic abuse", "Kayla " + FAMILY);

        b.click(By.id("submit"));
        assertThat(b.driver.findElement(By.cssSelector(".govuk-panel__title")).getText()).isEqualTo("Referral sent");
        referralId = b.driver.findElement(By.id("reference")).getText();
        assertThat(referralId).matches("[0-9a-f-]{36}");

        // Going back to the sent answers leads to the same confirmation, never to a second referral.
        b.driver.navigate().back();
        assertThat(b.driver.findElement(By.id("reference")).getText()).isEqualTo(referralId);

        b.open("/referrals");
        assertThat(b.driver.findElements(By.cssSelector("#referrals a[href='/referrals/" + referralId + "']"))).hasSize(1);
        assertThat(b.driver.findElements(By.xpath("//table[@id='referrals']//tr[contains(., '" + FAMILY + "')]"))).hasSize(1);
        b.open("/referrals/" + referralId);
        assertThat(b.driver.findElement(By.id("status")).getText()).isEqualTo("Submitted");
        assertThat(b.text()).contains("History", "Decision due");
    }

    @Test
    @Order(3)
    void theHubAcceptsItForEarlyHelpWithJavaScriptOff() {
        assumeTrue(referralId != null, "needs the referral of the test before");
        Browser b = noScript.signIn("hub.patel");
        b.open("/triage");
        b.click(By.cssSelector("#queue a[href='/referrals/" + referralId + "']"));
        assertThat(b.driver.findElement(By.id("no-matches")).getText()).contains("No earlier contact");
        // No decision chosen: a GOV.UK error summary, nothing recorded.
        b.click(By.cssSelector("form[action$='/decision'] button"));
        assertThat(b.driver.findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("Select a decision");
        // Before the family's consent is recorded, health visiting may not receive the referral: the page says so in words.
        b.choose("decision").type("leadAgency", "northshire-health-visiting")
                .type("reason", "Unborn child, parents agree; health visiting to lead").click(By.cssSelector("form[action$='/decision'] button"));
        assertThat(b.driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("does not yet allow sharing this referral with northshire-health-visiting", "stays in triage",
                        "Record the family's consent");
        assertThat(b.driver.findElement(By.id("status")).getText()).isEqualTo("In triage");

        // The parents' consent for health visiting is recorded for each of the family; the hub accepts again.
        var referral = org.earlyhelp.e2e.Gateway.as(org.earlyhelp.e2e.Login.HUB_PATEL).when()
                .get("/api/referrals/{id}", referralId).then().statusCode(200).extract().jsonPath();
        java.util.List<String> people = new java.util.ArrayList<>(referral.getList("children.personId", String.class));
        people.addAll(referral.getList("household.personId", String.class));
        for (String person : people) {
            org.earlyhelp.e2e.Consents.about(java.util.UUID.fromString(person), "Family member").permit("early-help-assessment",
                    Set.of("northshire-health-visiting"), org.earlyhelp.e2e.Hub.WHAT_A_LEAD_RECEIVES)
                    .recordBy(org.earlyhelp.e2e.Login.HUB_PATEL);
        }
        b.open("/referrals/" + referralId);
        b.choose("decision").type("leadAgency", "northshire-health-visiting")
                .type("reason", "Unborn child, parents agree; health visiting to lead").click(By.cssSelector("form[action$='/decision'] button"));
        assertThat(b.driver.findElement(By.id("status")).getText()).isEqualTo("Accepted for early help");
        assertThat(b.text()).contains("northshire-health-visiting");
    }

    @Test
    @Order(4)
    void healthVisitingFindsTheCaseItLeadsInItsCaseload() throws InterruptedException {
        assumeTrue(referralId != null, "needs the referral of the tests before");
        Browser b = withScript.signIn("hv.morgan");
        // case-service opens the case from the referral's event: it appears within moments.
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(60);
        b.open("/caseload");
        while (!b.text().contains(FAMILY) && java.time.Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            b.driver.navigate().refresh();
        }
        b.click(By.xpath("//table[@id='caseload']//tr[contains(., '" + FAMILY + "')]//a"));
        caseId = b.path().substring("/cases/".length());
        assertThat(b.driver.findElement(By.id("lead-agency")).getText()).isEqualTo("northshire-health-visiting");
        assertThat(b.driver.findElement(By.id("family")).getText()).contains(FAMILY);
        b.open("/referrals/" + referralId);
        assertThat(b.driver.findElement(By.id("status")).getText()).isEqualTo("Accepted for early help");
    }

    @Test
    @Order(41)
    void theLeadTakesTheCaseAndTheConsentCheckKeepsTheDwpOutUntilTheParentsAgree() throws InterruptedException {
        assumeTrue(caseId != null, "needs the case of the tests before");
        Browser b = withScript.signIn("hv.morgan");
        b.open("/cases/" + caseId).click(By.id("take-lead"));
        assertThat(b.driver.findElement(By.id("done")).getText()).contains("lead practitioner");
        assertThat(b.driver.findElement(By.id("lead-taken-by")).getText()).isNotEqualTo("Not yet taken");

        // Before the parents agree, the DWP may not join: the page shows the consent check's answer, nothing is shared.
        b.click(By.id("add-member-link"));
        b.select("agency", "dwp-northshire").type("role", "work coach").submit();
        assertThat(b.driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("does not permit sharing with dwp-northshire");
        // The family's consent so far covers only health visiting's early help assessment.
        assertThat(b.driver.findElement(By.id("refusals")).getText()).contains("the consent does not cover this purpose");
        b.open("/cases/" + caseId);
        assertThat(b.text()).doesNotContain("work coach");

        // The parents agree, for each of the family, to the charity and the DWP working with them: who they are, how to
        // reach them and the worries; nothing more.
        // The case holds only the children's names (the referral's event carries no more); the page names the adults
        // from the referral, which the lead may read.
        assertThat(b.driver.findElement(By.id("family")).getText()).contains("Kayla " + FAMILY + ", mother", "Jordan Pike, father");
        java.util.List<String> consentPages = b.driver.findElements(By.cssSelector("#family a")).stream()
                .map(link -> link.getAttribute("href")).toList();
        assertThat(consentPages).hasSize(3);
        for (String page : consentPages) {
            recordConsent(b, page, "Kayla " + FAMILY);
        }

        b.open("/cases/" + caseId).click(By.id("add-member-link"));
        b.select("agency", "brightstart-family-support").type("role", "parenting support").submit();
        assertThat(b.driver.findElement(By.id("done")).getText())
                .contains("The consent check permitted sharing with brightstart-family-support");
        b.click(By.id("add-member-link"));
        b.select("agency", "dwp-northshire").type("role", "work coach").submit();
        assertThat(b.driver.findElement(By.id("done")).getText()).contains("permitted sharing with dwp-northshire");
        assertThat(b.driver.findElement(By.id("team")).getText()).contains("brightstart-family-support", "dwp-northshire");

        // A plan: an action with a date that does not exist is refused on the page, then two actions for the team.
        b.click(By.id("add-action-link"));
        b.type("description", "Bump to Baby group before the birth").select("ownerAgency", "brightstart-family-support")
                .type("dueDay", "31").type("dueMonth", "2").type("dueYear", "2027").submit();
        assertThat(b.driver.findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("Enter the date the action is due");
        java.time.LocalDate due = java.time.LocalDate.now().plusWeeks(8);
        dueOn(b, due).submit();
        assertThat(b.driver.findElement(By.id("done")).getText()).contains("in the family plan");
        b.click(By.id("add-action-link"));
        dueOn(b.type("description", "Benefits and budgeting check for the couple").select("ownerAgency", "dwp-northshire"),
                due.minusWeeks(4)).submit();
        assertThat(b.driver.findElement(By.id("plan")).getText()).contains("Bump to Baby group", "Benefits and budgeting check");
        b.click(By.id("add-action-link"));
        dueOn(b.type("description", "Antenatal home visit").select("ownerAgency", "northshire-health-visiting"),
                java.time.LocalDate.now().plusDays(10)).submit();
        assertThat(b.driver.findElement(By.id("plan")).getText()).contains("Antenatal home visit");
    }

    @Test
    @Order(42)
    void theTeamWritesNotesOneRestrictedAndDoesItsActions() {
        assumeTrue(caseId != null, "needs the case of the tests before");
        Browser dwp = withScript.signIn("dwp.ahmed");
        dwp.open("/cases/" + caseId).click(By.id("notes-link"));
        dwp.submit();
        assertThat(dwp.driver.findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("Enter the note");
        dwp.type("text", "Universal Credit claim started; first appointment booked.").submit();
        assertThat(dwp.driver.findElement(By.id("done")).getText()).contains("Your note is in the chronology");
        dwp.type("text", "Father has an open fraud referral (DWP only).").choose("restricted").submit();
        assertThat(dwp.driver.findElement(By.id("notes")).getText()).contains("Universal Credit claim started",
                "Father has an open fraud referral", "Restricted to dwp-northshire");
        dwp.open("/cases/" + caseId);
        dwp.click(By.xpath("//tr[contains(., 'Benefits and budgeting check')]//button"));
        assertThat(dwp.driver.findElement(By.xpath("//tr[contains(., 'Benefits and budgeting check')]")).getText()).contains("Done");

        Browser charity = withScript.signIn("worker.lee");
        charity.open("/cases/" + caseId + "/notes");
        assertThat(charity.text()).contains("Universal Credit claim started").doesNotContain("fraud");
        charity.open("/cases/" + caseId);
        // The charity may not move the DWP's action: it has no button for it that works; its own it may.
        charity.click(By.xpath("//tr[contains(., 'Bump to Baby group')]//button"));
        assertThat(charity.driver.findElement(By.xpath("//tr[contains(., 'Bump to Baby group')]")).getText()).contains("Done");

        Browser lead = withScript.signIn("hv.morgan");
        lead.open("/cases/" + caseId + "/notes");
        assertThat(lead.text()).contains("Universal Credit claim started").doesNotContain("fraud");
    }

    @Test
    @Order(46)
    void theLeadReviewsClosesWithNeedsMetReopensAndClosesAgain() {
        assumeTrue(caseId != null, "needs the case of the tests before");
        Browser b = withScript.signIn("hv.morgan");
        b.open("/cases/" + caseId).click(By.id("review-link"));
        String beforeTheReview = etagOnThePage(b);
        b.type("attendees", "Kayla " + FAMILY + "\nJordan Pike\nFamily worker, brightstart-family-support\nWork coach, dwp-northshire")
                .tick("input[name^='progress-'][value='improved']");
        java.time.LocalDate next = java.time.LocalDate.now().plusWeeks(6);
        b.type("nextDay", Integer.toString(next.getDayOfMonth())).type("nextMonth", Integer.toString(next.getMonthValue()))
                .type("nextYear", Integer.toString(next.getYear())).type("summary", "Both parents attending the group.").submit();
        assertThat(b.driver.findElement(By.id("done")).getText()).contains("The review is recorded");
        assertThat(b.driver.findElement(By.id("reviews")).getText()).startsWith("1 review");

        // A closure form read before someone else's change (the review above): refused, and the page says why.
        b.click(By.id("close-link"));
        b.tick("input[name^='outcome-'][value='needs-met']").type("reason", "Baby born well; parents confident");
        ((JavascriptExecutor) b.driver).executeScript("document.querySelector('input[name=etag]').value = arguments[0]",
                beforeTheReview);
        b.submit();
        assertThat(b.driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Someone changed this case since you opened it");
        assertThat(b.driver.findElement(By.id("reason")).getAttribute("value")).isEqualTo("Baby born well; parents confident");

        b.open("/cases/" + caseId).click(By.id("close-link"));
        b.submit();
        assertThat(b.driver.findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("Select an outcome for each need");
        b.tick("input[name^='outcome-'][value='needs-met']").type("reason", "Baby born well; parents confident").submit();
        assertThat(b.driver.findElement(By.id("case-status")).getText()).isEqualTo("Closed");
        assertThat(b.driver.findElement(By.id("case-outcome")).getText()).isEqualTo("Needs met");

        b.click(By.id("reopen-link"));
        b.type("reason", "Mother asked for help again after the birth").submit();
        assertThat(b.driver.findElement(By.id("case-status")).getText()).isEqualTo("Open");
        b.click(By.id("close-link"));
        b.tick("input[name^='outcome-'][value='needs-met']").type("reason", "Help given; needs met again").submit();
        assertThat(b.driver.findElement(By.id("case-status")).getText()).isEqualTo("Closed");
    }

    @Test
    @Order(44)
    void consentHasVersionsIsWithdrawnAndALawfulBasisNeedsItsReasons() throws Exception {
        assumeTrue(caseId != null, "needs the case of the tests before");
        Browser b = withScript.signIn("hv.morgan");
        b.open("/cases/" + caseId);
        b.click(By.xpath("//ul[@id='family']/li[contains(., 'Jordan Pike')]//a"));
        b.click(By.cssSelector("#consents a"));
        assertThat(b.driver.findElement(By.id("versions")).getText()).contains("Recorded");
        b.submit();
        assertThat(b.driver.findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("Say why consent is withdrawn");
        b.type("reason", "Father withdrew consent by phone").submit();
        assertThat(b.driver.findElement(By.id("consent-status")).getText()).isEqualTo("Withdrawn");
        assertThat(b.driver.findElement(By.id("consent-version")).getText()).isEqualTo("2");
        assertThat(b.driver.findElement(By.id("versions")).getText()).contains("Withdrawn: Father withdrew consent by phone");

        // A case lead records a lawful basis: the API's field errors (too short a justification) as an error summary.
        b.open("/cases/" + caseId);
        b.click(By.xpath("//ul[@id='family']/li[contains(., 'Jordan Pike')]//a"));
        b.click(By.id("record-lawful-basis"));
        b.choose("kind").type("justification", "Risk.").type("decidedByName", "Jo Patel")
                .type("decidedByRole", "Early Help Hub team manager").choose("purposes")
                .tick("input[name=recipientAgencies][value='dwp-northshire']").choose("dataCategories").submit();
        assertThat(b.driver.findElement(By.cssSelector(".govuk-error-summary")).getText()).isNotBlank();
        assertThat(b.driver.findElement(By.id("justification")).getAttribute("value")).isEqualTo("Risk.");
        b.type("justification", "New police information shows a risk of significant harm to the baby.").submit();
        assertThat(b.driver.findElement(By.id("done")).getText()).contains("The lawful basis is recorded");
        b.click(By.cssSelector("#lawful-bases a"));
        assertThat(b.driver.findElement(By.id("decided-by")).getText()).contains("Jo Patel");
        String consents = java.net.URI.create(b.driver.getCurrentUrl()).getPath();
        fitA320PixelScreen(b, java.util.List.of("/cases/" + caseId, "/cases/" + caseId + "/team", "/cases/" + caseId + "/notes",
                "/cases/" + caseId + "/reviews", "/cases/" + caseId + "/close", consents));
    }

    @Test
    @Order(43)
    void theLeadAssessesNeedsSeesItsActionsDueAndTheLeadMovesToTheCharityAndBack() throws Exception {
        assumeTrue(caseId != null, "needs the case of the tests before");
        Browser lead = withScript.signIn("hv.morgan");
        // The needs assessment: nothing chosen is refused on the page; two more headline needs make a programme case.
        lead.open("/cases/" + caseId).click(By.id("assess-need-link"));
        lead.submit();
        assertThat(lead.driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Select the need", "Select how serious the need is");
        lead.choose("need-financial").choose("severity-high").type("notes", "Rent arrears since the father lost his job.").submit();
        assertThat(lead.driver.findElement(By.id("done")).getText()).contains("The need is assessed");
        lead.click(By.id("assess-need-link"));
        lead.choose("need-early-years").choose("severity-medium").submit();
        assertThat(lead.driver.findElement(By.id("needs")).getText()).contains("Money, debt or work", "High: Rent arrears",
                "Early years");
        lead.click(By.id("supporting-families-link"));
        assertThat(lead.driver.findElement(By.id("headline-needs")).getText()).contains("Domestic abuse", "Money, debt or work");
        assertThat(lead.driver.findElement(By.id("programme-case")).getText()).isEqualTo("Yes");

        // The caseload: the agency's own action due.
        lead.open("/caseload").click(By.id("actions-due-link"));
        assertThat(lead.driver.findElement(By.id("actions-due")).getText()).contains("Antenatal home visit");
        lead.click(By.xpath("//table[@id='actions-due']//tr[contains(., 'Antenatal home visit')]//a"));
        lead.click(By.xpath("//table[@id='plan']//tr[contains(., 'Antenatal home visit')]//button"));
        assertThat(lead.driver.findElement(By.xpath("//table[@id='plan']//tr[contains(., 'Antenatal home visit')]")).getText())
                .contains("Done");

        // The lead asks the charity to lead; the charity declines once (a reason is needed), then accepts the next request.
        lead.open("/cases/" + caseId).click(By.id("transfer-link"));
        lead.submit();
        assertThat(lead.driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Select the agency you ask to lead", "Say why the lead should move");
        lead.select("toAgency", "brightstart-family-support").type("reason", "The parenting work is now the main need").submit();
        assertThat(lead.driver.findElement(By.id("done")).getText()).contains("Nothing changes until that agency accepts");
        assertThat(lead.driver.findElement(By.id("pending-transfer")).getText()).contains("asked brightstart-family-support");
        fitA320PixelScreen(lead, java.util.List.of("/caseload/actions", "/caseload/transfers", "/cases/" + caseId + "/needs",
                "/cases/" + caseId + "/supporting-families", "/cases/" + caseId + "/transfer"));

        Browser charity = withScript.signIn("worker.lee");
        charity.open("/caseload").click(By.id("transfers-link"));
        charity.click(By.xpath("//table[@id='transfers']//a"));
        assertThat(charity.path()).isEqualTo("/cases/" + caseId);
        charity.click(By.id("decline-transfer-link"));
        charity.submit();
        assertThat(charity.driver.findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("Say why");
        charity.type("reason", "No capacity until next month").submit();
        assertThat(charity.driver.findElement(By.id("done")).getText()).contains("declined");
        assertThat(charity.driver.findElement(By.id("lead-agency")).getText()).isEqualTo("northshire-health-visiting");

        lead = withScript.signIn("hv.morgan");
        lead.open("/cases/" + caseId).click(By.id("transfer-link"));
        lead.select("toAgency", "brightstart-family-support").type("reason", "The charity has capacity again").submit();
        charity = withScript.signIn("worker.lee");
        charity.open("/cases/" + caseId).click(By.id("accept-transfer"));
        assertThat(charity.driver.findElement(By.id("done")).getText()).contains("Your agency now leads the case");
        assertThat(charity.driver.findElement(By.id("lead-agency")).getText()).isEqualTo("brightstart-family-support");

        // And back, so that health visiting closes the case it opened (the next journey).
        charity.click(By.id("transfer-link"));
        charity.select("toAgency", "northshire-health-visiting").type("reason", "Back to health visiting for the birth").submit();
        lead = withScript.signIn("hv.morgan");
        lead.open("/caseload/transfers");
        assertThat(lead.driver.findElement(By.id("transfers")).getText()).contains("brightstart-family-support");
        lead.open("/cases/" + caseId).click(By.id("accept-transfer"));
        assertThat(lead.driver.findElement(By.id("lead-agency")).getText()).isEqualTo("northshire-health-visiting");
    }

    @Test
    @Order(45)
    void theFathersWithdrawnConsentTakesTheTeamsAccessAndAlertsTheLead() throws Exception {
        assumeTrue(caseId != null, "needs the case of the tests before");
        Browser lead = withScript.signIn("hv.morgan");
        // case-service learns of the withdrawal from consent-service's feed: the alert appears within moments.
        By withdrawn = By.xpath("//table[@id='alerts']//tr[contains(., 'Consent withdrawn')]");
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(60);
        lead.open("/caseload").click(By.id("alerts-link"));
        while (lead.driver.findElements(withdrawn).isEmpty() && java.time.Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            lead.open("/caseload/alerts");
        }
        assertThat(lead.driver.findElement(withdrawn).getText()).contains("access removed");
        fitA320PixelScreen(lead, java.util.List.of("/caseload/alerts"));
        lead.click(By.xpath("//table[@id='alerts']//tr[contains(., 'Consent withdrawn')]//button"));
        assertThat(lead.driver.findElement(By.id("done")).getText()).contains("The alert is acknowledged");
        assertThat(lead.driver.findElements(withdrawn)).isEmpty();
    }

    /** Records a consent for one family member, from the person's consent page, as a parent gave it. */
    private static void recordConsent(Browser b, String consentPage, String parent) throws InterruptedException {
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(60);
        while (true) {
            b.open(consentPage).click(By.id("record-consent"));
            b.choose("status").choose("grantorKind").type("grantorName", parent).choose("method").choose("purposes")
                    .tick("input[name=recipientAgencies][value='brightstart-family-support']")
                    .tick("input[name=recipientAgencies][value='dwp-northshire']")
                    .choose("dataCategories").choose("dataCategories-contact").choose("dataCategories-concerns")
                    .choose("dataCategories-case-notes").submit();
            // consent-service learns who works with a person from the feeds, a moment after the case opens.
            if (!b.heading().equals("Not found") || java.time.Instant.now().isAfter(deadline)) {
                break;
            }
            Thread.sleep(1000);
        }
        assertThat(b.driver.findElement(By.id("done")).getText()).contains("The consent is recorded");
    }

    /**
     * Each page has no sideways scrolling at 320 px; screenshots at 1280 and 320 px under target/screenshots. The page is
     * loaded (and checked by axe) once, then shown at each width: the layout follows the width without a reload.
     */
    private static void fitA320PixelScreen(Browser b, java.util.Collection<String> pages) throws Exception {
        for (String page : pages) {
            String name = page.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "id").replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
            name = name.isEmpty() ? "home" : name.length() > 40 ? name.substring(0, 40) : name;
            b.open(page);
            for (int width : new int[] {1280, 320}) {
                ((ChromeDriver) b.driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 500));
                if (width == 320) {
                    assertThat(b.scrollsSideways()).as("%s scrolls sideways at 320 px", page).isFalse();
                }
                b.screenshot(SCREENSHOTS.resolve(name + "-" + width + ".png"));
            }
            ((ChromeDriver) b.driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** The version of the record the form on the page was read at (its hidden If-Match value). */
    private static String etagOnThePage(Browser b) {
        return b.driver.findElement(By.cssSelector("input[name=etag]")).getAttribute("value");
    }

    private static Browser dueOn(Browser b, java.time.LocalDate due) {
        return b.type("dueDay", Integer.toString(due.getDayOfMonth())).type("dueMonth", Integer.toString(due.getMonthValue()))
                .type("dueYear", Integer.toString(due.getYear()));
    }

    @Test
    @Order(5)
    void aPractitionerOfAnotherAgencyFindsNothingOfTheFamily() {
        assumeTrue(referralId != null, "needs the referral of the test before");
        Browser b = withScript.signIn("teacher.evans");
        b.open("/referrals");
        assertThat(b.text()).doesNotContain(FAMILY);
        b.open("/referrals/" + referralId);
        assertThat(b.heading()).isEqualTo("Not found");
        assertThat(b.text()).doesNotContain(FAMILY);
        b.open("/caseload");
        assertThat(b.text()).doesNotContain(FAMILY);
        if (caseId != null) {
            b.open("/cases/" + caseId);
            assertThat(b.heading()).isEqualTo("Not found");
            b.open("/cases/" + caseId + "/notes");
            assertThat(b.heading()).isEqualTo("Not found");
        }
    }

    @Test
    @Order(6)
    void theSessionIsAnEncryptedHttpOnlyCookieAndNoTokenReachesThePage() throws Exception {
        Browser b = withScript.signInAfresh("pc.hughes"); // the cookie as the web application set it
        Cookie session = b.driver.manage().getCookieNamed("q_session");
        assertThat(session).isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
        assertThat(session.isSecure()).as("Secure only outside local http").isFalse();
        assertThat(session.getValue()).doesNotContain("eyJ"); // no JWT, not even an encrypted one: a sealed handle

        b.open("/referrals");
        assertThat(b.driver.getCurrentUrl()).doesNotContain("code=").doesNotContain("token");
        assertThat(b.driver.getPageSource()).doesNotContain("eyJ");
        Object readable = ((JavascriptExecutor) b.driver).executeScript("return document.cookie");
        assertThat(String.valueOf(readable)).doesNotContain("eyJ").doesNotContain("q_session").doesNotContain("csrf");

        // A form sent without its CSRF token (a forged cross-site post) is refused, and makes nothing.
        String cookies = b.driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/referrals/new"))
                .header("Cookie", cookies).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isIn(400, 403);
        assertThat(forged.headers().firstValue("Location")).isEmpty();

        // Security headers on every page.
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/services"))
                .build(), HttpResponse.BodyHandlers.ofString());
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).contains("frame-ancestors 'none'").contains("script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

        // After sign-out the old cookie is worth nothing: the sign-in page, not the referrals.
        b.signOut();
        b.driver.manage().addCookie(new Cookie.Builder(session.getName(), session.getValue()).path("/").isHttpOnly(true).build());
        b.driver.get(base + "/referrals");
        assertThat(b.driver.getCurrentUrl()).contains("/protocol/openid-connect/auth");
        assertThat(b.driver.findElements(By.id("username"))).hasSize(1);
    }

    @Test
    @Order(7)
    void pagesFitA320PixelScreen() throws Exception {
        Browser b = withScript.signIn("pc.hughes");
        Set<String> pages = new java.util.LinkedHashSet<>(java.util.List.of("/", "/services?search=parenting", "/referrals",
                "/referrals/new", "/caseload", "/onward-referrals"));
        if (referralId != null) {
            pages.add("/referrals/" + referralId);
        }
        fitA320PixelScreen(b, pages);
    }

    @Test
    @Order(8)
    void manySmallWorriesTheHubSeesOneChildThreeAgenciesAndAnAlert() {
        // Scenario 2: a school, the police and a GP each refer the same 13-year-old, spelt three ways.
        String born = java.time.LocalDate.now().minusYears(13).minusDays(40).toString();
        String[] date = born.split("-");
        String school = referThroughThePages(withScript.signIn("teacher.evans"), "Tegan", "Marlowe-Hart", date, "NS1 7LP",
                "category", "Attendance down to 71% this term, often late and tired.");
        String police = referThroughThePages(withScript.signIn("pc.hughes"), "Teagan", "Marlow-Hart", date, "NS1 7LP",
                "category-abuse-exploitation", "Reported missing overnight, found at a bus station.");
        String gp = referThroughThePages(withScript.signIn("dr.singh"), "Tegan", "Marlowe Hart", date, "NS1 7LP",
                "category-health", "Mother's depression is worse; she is struggling to look after the children.");

        Browser hub = withScript.signIn("hub.patel");
        // The police's and the GP's child side by side with the school's, as the school spelt her: the same child.
        By schoolsChild = By.xpath("//div[contains(@class,'app-side-by-side')][.//p[normalize-space()='Tegan Marlowe-Hart']]"
                + "//form[contains(@action,'/confirm')]//button");
        for (String referral : new String[] {police, gp}) {
            hub.open("/referrals/" + referral);
            hub.click(schoolsChild);
            assertThat(hub.text()).contains("The match is confirmed");
        }
        hub.open("/triage");
        String alerts = hub.driver.findElement(By.cssSelector(".govuk-notification-banner")).getText();
        assertThat(alerts).contains("Cumulative concern").contains("3 referrals from 3 agencies")
                .contains("eastmere-academy", "northshire-police", "eastmere-surgery");
        assertThat(school).isNotEqualTo(police).isNotEqualTo(gp);
    }

    @Test
    @Order(9)
    void aDirectoryAdminClosesAServiceForAWhileAndIsToldWhenSomeoneChangedItMeanwhile() {
        Browser b = withScript.signIn("admin.directory");
        b.open("/directory-admin?search=debt");
        b.click(By.cssSelector("#directory-services a"));
        String service = b.path();
        b.choose("status-1").submit(); // temporarily closed
        assertThat(b.driver.findElement(By.id("service-status")).getText()).isEqualTo("temporarily closed");
        assertThat(b.text()).contains("The service is now temporarily closed");

        // A form read before someone else's change (its version is old): nothing changes, and the page says why.
        ((JavascriptExecutor) b.driver).executeScript("document.querySelector('input[name=etag]').value = '\"0\"'");
        b.choose("status").submit();
        assertThat(b.driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Someone changed this service since you opened it");
        assertThat(b.driver.findElement(By.id("service-status")).getText()).isEqualTo("temporarily closed");

        b.choose("status").submit(); // active again, for everyone else
        assertThat(b.driver.findElement(By.id("service-status")).getText()).isEqualTo("active");
        assertThat(b.path()).isEqualTo(service);
    }

    @Test
    @Order(10)
    void aDirectoryAdminAddsAnOrganisationAndAServiceAndIsToldWhenSomeoneChangedItMeanwhile() throws Exception {
        Browser b = withScript.signIn("admin.directory");
        b.open("/directory-admin").click(By.id("organisations-link"));
        b.click(By.id("add-organisation"));
        b.submit();
        assertThat(b.driver.findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("Enter the organisation's name");
        // The directory's own field error (not a web address), from its problem+json, as the page's error summary.
        b.type("name", "Wrenfield Community Larder").type("description", "Food, cooking and money advice for families.")
                .type("website", "larder dot org").submit();
        assertThat(b.driver.findElement(By.cssSelector(".govuk-error-summary")).getText()).isNotBlank();
        assertThat(b.driver.findElement(By.cssSelector("#website-error")).getText()).isNotBlank();
        b.type("website", "https://larder.example.org").submit();
        assertThat(b.driver.findElement(By.id("done")).getText()).contains("The organisation is in the directory");
        String organisation = b.path();

        // A form read before someone else's change (here the same person's, in another tab): nothing is saved, and the page
        // says so.
        String opened = etagOnThePage(b);
        b.type("website", "https://larder.example.org/families").submit();
        assertThat(b.driver.findElement(By.id("done")).getText()).contains("Your changes are saved");
        b.type("description", "Food parcels and a weekly cooking club.");
        ((JavascriptExecutor) b.driver).executeScript("document.querySelector('input[name=etag]').value = arguments[0]", opened);
        b.submit();
        assertThat(b.driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Someone changed this since you opened it");
        assertThat(b.driver.findElement(By.id("description")).getAttribute("value")).isEqualTo("Food, cooking and money advice for families.");
        b.type("description", "Food parcels and a weekly cooking club.").submit();
        assertThat(b.driver.findElement(By.id("done")).getText()).contains("Your changes are saved");
        assertThat(b.path()).isEqualTo(organisation);

        b.click(By.id("add-service"));
        b.type("name", "Larder food parcels").type("minimumAge", "none").submit();
        assertThat(b.driver.findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("Enter an age in whole years");
        b.type("minimumAge", "0").type("description", "A weekly food parcel for families referred by a practitioner.").submit();
        assertThat(b.driver.findElement(By.id("done")).getText()).contains("The service is in the directory");
        assertThat(b.driver.findElement(By.id("service-status")).getText()).isEqualTo("active");

        // The service's full edit: everything at once, the directory's own field error shown at its question.
        String service = b.path();
        b.click(By.id("edit-service"));
        opened = etagOnThePage(b);
        b.type("maximumAge", "17").type("fees", "Parcels are free.").type("cost0Option", "Cooking club").type("cost0Amount", "2.50")
                .type("contact0Name", "Larder coordinator").type("contact0Email", "larder at example").type("contact0Phone", "01632 960 123")
                .tick("#schedule0Days").tick("#schedule0Days-WE").type("schedule0Opens", "9.30").type("schedule0Closes", "12:00")
                .tick("#areas").tick("#locations").tick("#terms").type("assuredDay", "1").type("assuredMonth", "12")
                .type("assuredYear", "2026").choose("status-1").submit();
        assertThat(b.driver.findElement(By.cssSelector(".govuk-error-summary")).getText()).isNotBlank();
        assertThat(b.driver.findElement(By.id("contact0Email-error")).getText()).isNotBlank();
        b.type("contact0Email", "larder@example.org").submit();
        assertThat(b.driver.findElement(By.id("done")).getText()).contains("Your changes are saved");
        assertThat(b.driver.findElement(By.id("service-status")).getText()).isEqualTo("temporarily closed");
        assertThat(b.driver.findElement(By.id("service-ages")).getText()).isEqualTo("0 to 17");
        assertThat(b.driver.findElement(By.id("service-cost")).getText()).contains("Parcels are free.", "Cooking club: £2.50");
        assertThat(b.driver.findElement(By.id("service-contacts")).getText()).contains("Larder coordinator", "01632 960 123");
        assertThat(b.driver.findElement(By.id("service-times")).getText()).isEqualTo("Monday and Wednesday, 9:30am to 12pm");
        assertThat(b.driver.findElement(By.id("service-areas")).getText()).isEqualTo("Eastmere");
        assertThat(b.driver.findElement(By.id("service-assured")).getText()).isEqualTo("1 December 2026");
        assertThat(b.driver.findElement(By.id("service-locations")).getText()).isNotBlank();
        assertThat(b.driver.findElement(By.id("service-terms")).getText()).isNotBlank();

        // An edit form read before that change: nothing is saved, and the page shows the service as it is now.
        b.click(By.id("edit-service"));
        b.type("fees", "Parcels cost £1.");
        ((JavascriptExecutor) b.driver).executeScript("document.querySelector('input[name=etag]').value = arguments[0]", opened);
        b.submit();
        assertThat(b.driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Someone changed this since you opened it");
        assertThat(b.driver.findElement(By.id("fees")).getAttribute("value")).isEqualTo("Parcels are free.");
        fitA320PixelScreen(b, java.util.List.of(service + "/edit"));
        b.choose("status").submit(); // active again, for everyone else
        assertThat(b.driver.findElement(By.id("service-status")).getText()).isEqualTo("active");
        assertThat(b.path()).isEqualTo(service);
    }

    @Test
    @Order(11)
    void aDirectoryAdminImportsAFeedAndReadsTheErrorReportOfARefusedOne() throws Exception {
        Browser b = withScript.signIn("admin.directory");
        b.open("/directory-admin?search=debt");
        String service = b.driver.findElement(By.cssSelector("#directory-services a")).getAttribute("href").replaceAll(".*/", "");
        // A feed from another publisher: here the service as the directory publishes it in ORUK, fully nested.
        HttpResponse<String> published = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/oruk/services/"
                + service)).build(), HttpResponse.BodyHandlers.ofString());
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode record = asNewService(json.readTree(published.body()));

        b.open("/directory-admin").click(By.id("import-link"));
        b.submit();
        assertThat(b.driver.findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("Paste the feed");
        paste(b, "feed", "[" + record.deepCopy().put("status", "open") + "]");
        b.submit();
        assertThat(b.driver.findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("nothing was imported");
        assertThat(b.driver.findElement(By.id("import-errors")).getText()).contains("[0].status");
        paste(b, "feed", "[" + record + "]");
        b.submit();
        assertThat(b.driver.findElement(By.id("done")).getText()).contains("The feed is imported: 1 services");
    }

    /**
     * A copy of a published service under new ids (the service and its children), as another publisher would send it;
     * without its service areas, whose boundaries would make the feed larger than the gateway takes.
     */
    private static com.fasterxml.jackson.databind.node.ObjectNode asNewService(com.fasterxml.jackson.databind.JsonNode published) {
        com.fasterxml.jackson.databind.node.ObjectNode copy = published.deepCopy();
        copy.put("id", java.util.UUID.randomUUID().toString()).put("name", FAMILY + " money advice (imported)");
        copy.remove("service_areas");
        for (String children : new String[] {"schedules", "service_at_locations", "languages", "cost_options", "contacts",
                "attributes"}) {
            copy.withArray(children).forEach(child -> ((com.fasterxml.jackson.databind.node.ObjectNode) child)
                    .put("id", java.util.UUID.randomUUID().toString()));
        }
        copy.withArray("contacts").forEach(contact -> ((com.fasterxml.jackson.databind.node.ObjectNode) contact)
                .withArray("phones").forEach(phone -> ((com.fasterxml.jackson.databind.node.ObjectNode) phone)
                        .put("id", java.util.UUID.randomUUID().toString())));
        return copy;
    }

    /** Puts text into a field as pasting would (typing a whole feed key by key is slow and adds nothing). */
    private static void paste(Browser b, String id, String text) {
        ((JavascriptExecutor) b.driver).executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, text);
    }

    @Test
    @Order(12)
    void aDirectoryAdminAddsATaxonomyTermAndALocationAndIsToldWhenSomeoneChangedThemMeanwhile() throws Exception {
        Browser b = withScript.signIn("admin.directory");
        b.open("/directory-admin").click(By.id("terms-link"));
        b.click(By.id("add-term"));
        b.submit();
        assertThat(b.driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Select the taxonomy", "Enter the term's code");
        b.tick("#taxonomyId option:nth-child(2)");
        // The directory's own field error (a code that is not lower-case words) as the page's error summary.
        b.type("term", "Food Parcels").type("name", "Food parcels").type("description", "Emergency food for families").submit();
        assertThat(b.driver.findElement(By.cssSelector("#term-error")).getText()).contains("lower-case");
        b.type("term", "food-parcels-" + FAMILY.toLowerCase()).submit();
        assertThat(b.driver.findElement(By.id("done")).getText()).contains("The term is in the directory");
        String opened = etagOnThePage(b);
        b.type("description", "Emergency food and household goods for families").submit();
        assertThat(b.driver.findElement(By.id("done")).getText()).contains("Your changes are saved");
        b.type("name", "Food banks");
        ((JavascriptExecutor) b.driver).executeScript("document.querySelector('input[name=etag]').value = arguments[0]", opened);
        b.submit();
        assertThat(b.driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Someone changed this since you opened it");
        assertThat(b.driver.findElement(By.id("name")).getAttribute("value")).isEqualTo("Food parcels");

        b.open("/directory-admin").click(By.id("locations-link"));
        b.click(By.id("add-location"));
        b.type("name", FAMILY + " Community Centre").submit();
        assertThat(b.driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Enter the first line of the address", "Enter the postcode");
        b.type("address1", "1 Market Square").type("city", "Eastmere").type("county", "Northshire").type("postcode", "NS1 1AA")
                .submit();
        assertThat(b.driver.findElement(By.id("done")).getText()).contains("The location is in the directory");
        String location = b.path();
        opened = etagOnThePage(b);
        b.type("description", "Ground floor, step-free").submit();
        assertThat(b.driver.findElement(By.id("done")).getText()).contains("Your changes are saved");
        b.type("postcode", "NS1 2BB");
        ((JavascriptExecutor) b.driver).executeScript("document.querySelector('input[name=etag]').value = arguments[0]", opened);
        b.submit();
        assertThat(b.driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Someone changed this since you opened it");
        assertThat(b.driver.findElement(By.id("postcode")).getAttribute("value")).isEqualTo("NS1 1AA");
        assertThat(b.driver.findElement(By.id("description")).getAttribute("value")).isEqualTo("Ground floor, step-free");
        assertThat(b.path()).isEqualTo(location);

        // The locations list, searched by name, leads to it.
        b.click(By.cssSelector(".govuk-back-link"));
        b.type("search", FAMILY + " Community").click(By.cssSelector("main form button"));
        assertThat(b.driver.findElement(By.id("locations")).getText()).contains(FAMILY + " Community Centre", "1 Market Square");
        b.click(By.linkText(FAMILY + " Community Centre"));
        assertThat(b.path()).isEqualTo(location);
        fitA320PixelScreen(b, java.util.List.of("/directory-admin/locations"));
    }

    @Test
    @Order(13)
    void theHubAsksTheSchoolForMoreAndTheSchoolAnswersOnTheReferralsPage() {
        String referral = org.earlyhelp.e2e.Referrals.routine().submitBy(org.earlyhelp.e2e.Login.TEACHER_EVANS).id().toString();
        By ask = By.cssSelector("form[action$='/questions'] button");
        Browser hub = withScript.signIn("hub.patel");
        hub.open("/referrals/" + referral);
        // Nothing typed: the page says what is missing, and nothing is asked.
        hub.click(ask);
        assertThat(hub.driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Enter the question for the referrer", "Enter the date the answer is due");
        java.time.LocalDate due = java.time.LocalDate.now().plusDays(3);
        // The school amends the referral while the hub has the page open: the question is about what the hub read, so
        // it is refused, and the hub looks again.
        org.earlyhelp.e2e.Gateway.as(org.earlyhelp.e2e.Login.TEACHER_EVANS).header("If-Match",
                org.earlyhelp.e2e.Gateway.as(org.earlyhelp.e2e.Login.TEACHER_EVANS).when().get("/api/referrals/{id}", referral)
                        .header("ETag")).body(java.util.Map.of("familyViews", "Mum would rather meet at school"))
                .when().post("/api/referrals/{id}/amendments", referral).then().statusCode(200);
        hub.type("question", "Has the family agreed to a home visit?").type("dueDay", Integer.toString(due.getDayOfMonth()))
                .type("dueMonth", Integer.toString(due.getMonthValue())).type("dueYear", Integer.toString(due.getYear())).click(ask);
        assertThat(hub.heading()).isEqualTo("Someone changed this since you opened it");
        hub.open("/referrals/" + referral);
        assertThat(hub.text()).as("the amendment, in the history").contains("Amended");
        hub.type("question", "Has the family agreed to a home visit?").type("dueDay", Integer.toString(due.getDayOfMonth()))
                .type("dueMonth", Integer.toString(due.getMonthValue())).type("dueYear", Integer.toString(due.getYear())).click(ask);
        assertThat(hub.driver.findElement(By.id("status")).getText()).isEqualTo("Awaiting information from the referrer");
        assertThat(hub.text()).contains("Your question is sent to the referrer", "Has the family agreed to a home visit?",
                withWords(due));
        assertThat(hub.driver.findElements(By.cssSelector("form[action$='/decision']"))).as("no decision while it waits").isEmpty();
        assertThat(queueRowOf(hub, referral)).as("the queue says what the hub waits for, and until when")
                .contains("Paused until the referrer answers (due " + withWords(due) + ")", "Awaiting information from the referrer");

        Browser school = withScript.signIn("teacher.evans");
        school.open("/referrals/" + referral);
        school.type("answer", "Yes: mum agreed on Tuesday, after school").click(By.cssSelector("form[action$='/answer'] button"));
        assertThat(school.driver.findElement(By.id("status")).getText()).isEqualTo("Submitted");
        assertThat(school.text()).contains("Your answer is sent to the hub", "Yes: mum agreed on Tuesday, after school");

        hub = withScript.signIn("hub.patel");
        hub.open("/referrals/" + referral);
        assertThat(hub.text()).contains("Yes: mum agreed on Tuesday, after school");
        assertThat(hub.driver.findElements(By.cssSelector("form[action$='/decision']"))).as("the hub decides again").hasSize(1);
    }

    @Test
    @Order(14)
    void theFrontDoorAcknowledgesAnImmediateRiskAndReturnsItToTheHubOnItsPages() {
        org.earlyhelp.e2e.People.Person child = org.earlyhelp.e2e.People.child();
        String referral = org.earlyhelp.e2e.Referrals.about(child)
                .onlyConcern("abuse-exploitation", "Says he is afraid to go home tonight", "significant-harm")
                .urgency("immediate-risk").submitBy(org.earlyhelp.e2e.Login.TEACHER_EVANS).id().toString();
        String name = child.firstName() + " " + child.lastName();

        Browser door = withScript.signIn("csc.duty");
        door.open("/");
        door.click(By.linkText("Hand-overs"));
        WebElement row = door.driver.findElement(By.xpath("//table[@id='hand-overs']//tr[.//a[normalize-space()='" + name + "']]"));
        assertThat(row.getText()).as("handed over as it was submitted, waiting for the front door").contains("Immediate risk", "New");
        door.click(By.xpath("//table[@id='hand-overs']//a[normalize-space()='" + name + "']"));
        assertThat(door.text()).contains("The referrer flagged immediate risk when referring", "Says he is afraid to go home tonight");
        door.click(By.cssSelector("form[action$='/acknowledgement'] button"));
        assertThat(door.driver.findElement(By.id("hand-over-status")).getText()).isEqualTo("Acknowledged, outcome to record");

        // Nothing chosen: the page says what is missing, and nothing is recorded.
        door.click(By.cssSelector("form[action$='/outcome'] button"));
        assertThat(door.driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Choose the front door's outcome", "Say why, and for a return what the hub should know");
        door.choose("outcome-no-further-action-returned-to-early-help")
                .type("note", "Threshold for statutory intervention not met; early help for the family").click(
                        By.cssSelector("form[action$='/outcome'] button"));
        assertThat(door.driver.findElement(By.id("hand-over-status")).getText()).isEqualTo("Outcome recorded");
        assertThat(door.driver.findElement(By.id("outcome")).getText()).contains("No further action by social care: back to early help");
        assertThat(door.driver.findElements(By.cssSelector("form[action$='/outcome']"))).as("one outcome, once").isEmpty();

        Browser hub = withScript.signIn("hub.patel");
        assertThat(queueRowOf(hub, referral)).as("back in the hub's queue, saying where it has been")
                .contains("Returned by children's social care", "In triage");
    }

    @Test
    @Order(15)
    void theHubFindsAChildWithAReasonAndReadsTheirStory() {
        org.earlyhelp.e2e.People.Person child = org.earlyhelp.e2e.People.child();
        String referral = org.earlyhelp.e2e.Referrals.about(child).submitBy(org.earlyhelp.e2e.Login.TEACHER_EVANS).id().toString();

        Browser hub = withScript.signIn("hub.patel");
        hub.open("/");
        hub.click(By.linkText("Find a person"));
        hub.click(By.id("find-person"));
        assertThat(hub.driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Say why you are searching", "Enter a name, a date of birth, a postcode or an NHS number");
        hub.type("purpose", "A caller from the school asks whether the family is known").type("name", child.firstName() + " "
                + child.lastName()).type("dobDay", Integer.toString(child.dateOfBirth().getDayOfMonth()))
                .type("dobMonth", Integer.toString(child.dateOfBirth().getMonthValue()))
                .type("dobYear", Integer.toString(child.dateOfBirth().getYear())).click(By.id("find-person"));
        WebElement found = hub.driver.findElement(By.xpath("//table[@id='people-found']//tr[.//a[@href='/referrals/" + referral
                + "']]"));
        assertThat(found.getText()).as("only what identifies the child, and which records exist")
                .contains(child.firstName() + " " + child.lastName(), withWords(child.dateOfBirth()), "Referral of");

        hub.click(By.xpath("//table[@id='people-found']//tr[.//a[@href='/referrals/" + referral + "']]//form//button"));
        assertThat(hub.heading()).isEqualTo("One person's story");
        assertThat(hub.text()).as("the search's reason carried to the story, and the school's referral in it")
                .contains("Read because: A caller from the school asks whether the family is known", "Referred by eastmere-academy");
    }

    @Test
    @Order(50)
    void anAuditorSearchesACasesTrailAndVerifiesTheChain() {
        Browser b = withScript.signIn("auditor.dpo");
        b.open("/audit");
        b.select("trail", "case").type("fromDay", "31").type("fromMonth", "2").type("fromYear", "2026").click(By.id("search-audit"));
        assertThat(b.driver.findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("Enter a real date");
        b.type("fromDay", "1").type("fromMonth", "1").type("fromYear", "2026");
        if (caseId != null) {
            b.type("resourceId", caseId);
        }
        b.click(By.id("verify-chain"));
        assertThat(b.driver.findElement(By.id("chain")).getText()).contains("The chain is unbroken");
        assertThat(b.driver.findElement(By.id("audit-events")).getText()).contains(caseId == null ? "" : caseId);
    }

    /** The text of {@code referral}'s row in the hub's queue, which is oldest first: looked for from its last page back. */
    private static String queueRowOf(Browser hub, String referral) {
        hub.open("/triage");
        java.util.regex.Matcher pages = java.util.regex.Pattern.compile("Page 1 of (\\d+)").matcher(hub.text());
        for (int page = pages.find() ? Integer.parseInt(pages.group(1)) : 1; page >= 1; page--) {
            hub.open("/triage?page=" + page);
            java.util.List<WebElement> rows = hub.driver.findElements(By.xpath("//table[@id='queue']//tr[.//a[@href='/referrals/"
                    + referral + "']]"));
            if (!rows.isEmpty()) {
                return rows.get(0).getText();
            }
        }
        throw new AssertionError("Referral " + referral + " is on no page of the queue");
    }

    /** Make a referral of one born child with one concern, through the question pages; its reference. */
    private static String referThroughThePages(Browser b, String first, String last, String[] isoDate, String postcode,
            String category, String concern) {
        b.open("/referrals/new").submit();
        b.choose("unborn-no").type("firstName", first).type("lastName", last).type("dobDay", isoDate[2])
                .type("dobMonth", isoDate[1]).type("dobYear", isoDate[0]).type("line1", "12 Orchard Row")
                .type("town", "Eastmere").type("postcode", postcode).submit();
        b.click(By.id("continue"));
        b.click(By.id("continue"));
        b.choose(category).type("description", concern).choose("severity").submit(); // low: the first option, the bare id
        b.click(By.id("continue"));
        b.choose("immediateRisk-no").choose("urgency").submit();
        b.choose("knows").choose("agrees").type("helpRequested", "Early help for the family").choose("area").submit();
        b.click(By.id("submit"));
        return b.driver.findElement(By.id("reference")).getText();
    }

    @Test
    @Order(100)
    void noPageHasSeriousOrCriticalAccessibilityViolations() {
        // The pages the browser without JavaScript was shown, checked as they were (axe needs JavaScript to run).
        java.util.List<String[]> withoutScript;
        synchronized (Browser.WITHOUT_SCRIPT) {
            withoutScript = new java.util.ArrayList<>(Browser.WITHOUT_SCRIPT);
        }
        for (String[] page : withoutScript) {
            withScript.checkMarkup(page[0], page[1]);
        }
        assertThat(Browser.CHECKED).isNotEmpty();
        assertThat(Browser.VIOLATIONS).isEmpty();
    }

    private static String withWords(java.time.LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
    }
}
