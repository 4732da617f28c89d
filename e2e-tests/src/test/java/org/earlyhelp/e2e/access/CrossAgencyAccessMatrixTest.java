package org.earlyhelp.e2e.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.earlyhelp.e2e.Agency;
import org.earlyhelp.e2e.Consents;
import org.earlyhelp.e2e.EndToEnd;
import org.earlyhelp.e2e.Login;
import org.earlyhelp.e2e.Referrals;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The cross-agency access matrix: every resource kind x action of {@code access-matrix.txt} x every
 * demo user, partner system and nobody x own / participant / unrelated record, each cell asserted
 * through the gateway with real tokens against the status (or list membership) the table expects.
 */
@EndToEnd
class CrossAgencyAccessMatrixTest {

    private static final AccessTable TABLE = AccessTable.read("access-matrix.txt");
    private static final AtomicInteger ASSERTED = new AtomicInteger();
    private static Map<String, ResourceCells> resources;

    @BeforeAll
    static void buildTheRecordsEveryCellLooksAt() {
        ReferralCells referrals = new ReferralCells();
        ConsentCells consents = new ConsentCells(referrals);
        CaseCells cases = new CaseCells(referrals);
        CaseContentCells policeInformation = new CaseContentCells();
        List<ResourceCells> all = List.of(referrals, new OnwardReferralCells(), new WaitingOnwardReferralCells(false),
                new WaitingOnwardReferralCells(true), new AlertCells(), cases,
                new CaseNoteCells(cases, false), new CaseNoteCells(cases, true), policeInformation,
                new CaseContentCells(policeInformation), consents, new SharingDecisionCells(referrals),
                new AuditCells("referral", referrals), new AuditCells("case", cases), new AuditCells("consent", consents),
                new DirectoryCells(), new UnconfirmedAlertCells(), new MatchCells(), new AmendmentCells(referrals),
                new InformationRequestCells(false), new InformationRequestCells(true), new HandOverCells(),
                new ChronologyCells(cases), new PersonSearchCells(referrals));
        resources = all.stream().collect(Collectors.toMap(ResourceCells::name, Function.identity()));
        for (ResourceCells resource : all) {
            for (Agency agency : Agency.values()) {
                for (Relationship relationship : Relationship.values()) {
                    resource.shared(relationship, agency);
                }
            }
        }
        consentServiceHasReadTheReferralFeed();
    }

    /**
     * consent-service learns who works with whom from the referral feed. Once it knows about a
     * referral made now, it has applied every earlier event too (it reads the feed in order).
     */
    private static void consentServiceHasReadTheReferralFeed() {
        Referrals.Submitted latest = Referrals.routine().submitBy(Login.PC_HUGHES);
        Consents.askOnceKnown(Login.PC_HUGHES, latest.childPersonId(), Agency.BRIGHTSTART, "onward-referral", Set.of("identity"))
                .then().statusCode(201);
    }

    @TestFactory
    List<DynamicNode> everyCallerSeesOnlyWhatTheTableAllows() {
        List<DynamicNode> byResource = new ArrayList<>();
        for (String resource : TABLE.resources()) {
            List<DynamicNode> cells = new ArrayList<>();
            for (String action : TABLE.actionsOf(resource)) {
                for (Login caller : Login.values()) {
                    for (Relationship relationship : Relationship.values()) {
                        cells.add(dynamicTest(action + " | " + relationship.label() + " | " + caller,
                                () -> assertCell(resource, action, caller, relationship)));
                    }
                }
            }
            byResource.add(dynamicContainer(resource, cells));
        }
        return byResource;
    }

    private static void assertCell(String resource, String action, Login caller, Relationship relationship) {
        Optional<AccessTable.Rule> rule = TABLE.ruleFor(resource, action, relationship, caller);
        assertThat(rule).as("a rule in the access table for %s %s %s %s", resource, action, relationship.label(), caller)
                .isPresent();
        ResourceCells cells = resources.get(resource);
        assertThat(cells).as("the test knows resource %s", resource).isNotNull();
        Expected expected = rule.get().expected;
        Agency agency = caller.agency() == null ? Agency.POLICE : caller.agency();
        boolean succeedsAndChanges = expected.status() / 100 == 2 && cells.changing().contains(action);
        Fixture record = succeedsAndChanges ? cells.make(relationship, agency) : cells.shared(relationship, agency);

        Outcome outcome = cells.perform(action, caller, record);

        assertThat(expected.isMetBy(outcome))
                .as("%s %s of a record %s to %s, as %s: expected %s by %s, got %s", action, resource,
                        relationship == Relationship.OWN ? "of its own agency" : relationship.label(), agency.code(), caller,
                        expected, rule.get(), outcome)
                .isTrue();
        ASSERTED.incrementAndGet();
    }

    @AfterAll
    static void printTheMatrixSize() {
        System.out.printf("Cross-agency access matrix: %d cells asserted (%d resources, %d callers, %d relationships)%n",
                ASSERTED.get(), TABLE.resources().size(), Login.values().length, Relationship.values().length);
    }
}
