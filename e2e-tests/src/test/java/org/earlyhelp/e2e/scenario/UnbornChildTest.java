package org.earlyhelp.e2e.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.earlyhelp.e2e.Agency;
import org.earlyhelp.e2e.Consents;
import org.earlyhelp.e2e.EndToEnd;
import org.earlyhelp.e2e.Gateway;
import org.earlyhelp.e2e.Hub;
import org.earlyhelp.e2e.Login;
import org.earlyhelp.e2e.Referrals;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md scenario 1, "Unborn child": a police officer refers a young couple expecting a baby,
 * both from homes with domestic abuse. The hub sees no earlier contact and accepts the referral for
 * early help with health visiting as lead; with the parents' consent a parenting charity and the
 * DWP may receive what they agreed to. At each step, what each agency can and cannot see.
 */
@EndToEnd
class UnbornChildTest {

    private static final String TEAM = "team-around-family";

    @Test
    void theHubAcceptsAnUnbornChildForEarlyHelpAndTheDwpGetsOnlyWhatTheParentsAgreed() {
        Referrals.Submitted referral = Referrals.unborn("Carter", LocalDate.now().plusMonths(4), "EM2 7QT")
                .member("Chloe", "Carter", LocalDate.now().minusYears(19).minusMonths(2), "mother")
                .member("Liam", "Doyle", LocalDate.now().minusYears(20).minusMonths(7), "father")
                .concern("early-years", "First baby; both parents grew up in homes with domestic abuse", "medium")
                .concern("domestic-abuse", "Police attended an argument at the address last month; no offence recorded", "high")
                .helpRequested("Support for the couple before the birth: parenting, relationships, money")
                .submitBy(Login.PC_HUGHES);
        UUID baby = referral.childPersonId();

        Gateway.as(Login.PC_HUGHES).when().get("/api/referrals/{id}", referral.id())
                .then().statusCode(200).body("children[0].unborn", equalTo(true)).body("status", equalTo("submitted"));
        nothingOfTheFamilyIsVisibleTo(Login.DWP_AHMED, referral);
        nothingOfTheFamilyIsVisibleTo(Login.WORKER_LEE, referral);
        nothingOfTheFamilyIsVisibleTo(Login.HV_MORGAN, referral);

        // The hub: no earlier contact with this family; accepted for early help, health visiting leads.
        assertThat(Hub.matches(referral).getList("")).as("known to services").isEmpty();
        Hub.accept(referral, Agency.HEALTH_VISITING);

        Gateway.as(Login.HV_MORGAN).when().get("/api/referrals/{id}", referral.id())
                .then().statusCode(200).body("status", equalTo("accepted"))
                .body("leadAgency", equalTo(Agency.HEALTH_VISITING.code()));
        nothingOfTheFamilyIsVisibleTo(Login.DWP_AHMED, referral);
        nothingOfTheFamilyIsVisibleTo(Login.WORKER_LEE, referral);

        // Before the parents agree, nothing may go to the DWP.
        Consents.ask(Login.HV_MORGAN, baby, Agency.DWP, TEAM, Set.of("identity"))
                .then().statusCode(201).body("outcome", equalTo("deny")).body("reasons", hasItem("no-consent"));

        // The parents agree: the charity may know who they are, how to reach them and the worries; the DWP only who and how.
        List<UUID> family = referral.personIds();
        UUID babyConsent = null;
        for (UUID person : family) {
            Consents.Recorded consent = Consents.about(person, "a member of the Carter family")
                    .permit(TEAM, Set.of(Agency.BRIGHTSTART.code()), Set.of("identity", "contact", "concerns"))
                    .permit(TEAM, Set.of(Agency.DWP.code()), Set.of("identity", "contact"))
                    .recordBy(Login.HV_MORGAN);
            if (person.equals(baby)) {
                babyConsent = consent.id();
            }
        }

        Consents.ask(Login.HV_MORGAN, baby, Agency.DWP, TEAM, Set.of("identity", "contact"))
                .then().statusCode(201).body("outcome", equalTo("permit")).body("reasons", equalTo(List.of("consent-permits")))
                .body("basis.consentId", equalTo(babyConsent.toString())).body("basis.consentVersion", equalTo(1));
        Consents.ask(Login.HV_MORGAN, baby, Agency.DWP, TEAM, Set.of("concerns"))
                .then().statusCode(201).body("outcome", equalTo("deny")).body("reasons", hasItem("categories-not-covered"));
        Consents.ask(Login.HV_MORGAN, baby, Agency.BRIGHTSTART, TEAM, Set.of("identity", "contact", "concerns"))
                .then().statusCode(201).body("outcome", equalTo("permit"));

        // The referral itself stays with the referrer, the hub and the lead.
        nothingOfTheFamilyIsVisibleTo(Login.DWP_AHMED, referral);
    }

    /** The caller's agency cannot read the referral, does not find it in its list, and may not ask about the baby. */
    private static void nothingOfTheFamilyIsVisibleTo(Login agency, Referrals.Submitted referral) {
        Gateway.as(agency).when().get("/api/referrals/{id}", referral.id()).then().statusCode(404);
        Gateway.as(agency).queryParam("size", 100).when().get("/api/referrals")
                .then().statusCode(200).body("items.id", not(hasItem(referral.id().toString())));
        if (!agency.hasRole("case-lead")) {
            Gateway.as(agency).queryParam("person", referral.childPersonId()).when().get("/api/consents")
                    .then().statusCode(200).body("total", equalTo(0));
            Consents.ask(agency, referral.childPersonId(), agency.agency(), TEAM, Set.of("identity")).then().statusCode(404);
        }
    }
}
