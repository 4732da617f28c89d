package org.earlyhelp.platform.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.earlyhelp.platform.access.Reach;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.platform.test.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A reader gets only the events addressed to its reach (ARCHITECTURE §3): its agency through a working role, the hub's
 * areas through hub-triage; the directory admin and the auditor of an agency read none of its case-work events; other
 * services read them all; nobody reads without a token.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class FeedAccessTest {

    @Inject
    Outbox outbox;

    private String police;
    private String health;
    private String start;
    private String forPolice;
    private String forHealth;
    private String forBoth;
    private String forServices;
    private String forHubOfEastmere;

    @BeforeEach
    void eventsForDifferentAudiences() {
        police = FeedReader.newAgency("police");
        health = FeedReader.newAgency("health");
        start = FeedReader.head();
        forPolice = record(Set.of(Reach.agencyKey(police)));
        forHealth = record(Set.of(Reach.agencyKey(health)));
        forBoth = record(Set.of(Reach.agencyKey(police), Reach.agencyKey(health)));
        forServices = record(Set.of());
        forHubOfEastmere = record(Set.of(Reach.areaKey("eastmere-" + police)));
    }

    @Test
    void theDirectoryAdminAndTheAuditorOfAnAgencyReadNoneOfItsEvents() {
        for (String role : List.of("directory-admin", "auditor")) {
            Tokens sameAgencyOtherRole = Tokens.user(role + "-" + UUID.randomUUID()).agency(police, "police").roles(role);

            assertThat(FeedReader.readAll(sameAgencyOtherRole, start, 100).ids()).as(role).isEmpty();
        }
    }

    @Test
    void theHubReadsTheEventsOfItsAreasOnly() {
        Tokens screener = Tokens.user("screener-" + UUID.randomUUID()).agency(police, "local-authority").areas("eastmere-" + police)
                .roles("hub-triage");
        Tokens otherArea = Tokens.user("screener-" + UUID.randomUUID()).agency(police, "local-authority").areas("kingsfold-" + police)
                .roles("hub-triage");

        assertThat(FeedReader.readAll(screener, start, 100).ids()).containsExactly(forHubOfEastmere);
        assertThat(FeedReader.readAll(otherArea, start, 100).ids()).isEmpty();
    }

    @Test
    void anAgencyReadsOnlyTheEventsAddressedToIt() {
        assertThat(FeedReader.readAll(officerOf(police), null, 100).ids()).containsExactly(forPolice, forBoth);
        assertThat(FeedReader.readAll(officerOf(health), null, 100).ids()).containsExactly(forHealth, forBoth);
    }

    @Test
    void aPartnerSystemReadsItsAgencysEventsEvenWithAServiceRole() {
        Tokens system = Tokens.partnerSystem("police-records-system").agency(police, "police").roles("event-consumer");

        assertThat(FeedReader.readAll(system, null, 100).ids()).containsExactly(forPolice, forBoth);
    }

    @Test
    void anotherServiceReadsEveryEvent() {
        assertThat(FeedReader.readAll(FeedReader.serviceAccount(), start, 100).ids())
                .containsExactly(forPolice, forHealth, forBoth, forServices, forHubOfEastmere);
    }

    @Test
    void aFilteredReaderMovesItsCursorPastEventsItMayNotRead() {
        FeedReader.Page page = FeedReader.page(officerOf(health), positionOf(forHealth), 100);

        assertThat(page.ids()).containsExactly(forBoth);
        // Not stuck at its last readable event: the events after it were considered and are not for this agency.
        assertThat(Long.parseLong(page.next())).isGreaterThan(Long.parseLong(positionOf(forBoth)));
        assertThat(FeedReader.page(officerOf(health), page.next(), 100).events()).isEmpty();
    }

    @Test
    void theFeedDoesNotTellAReaderWhichOtherAgenciesAnEventIsFor() {
        String body = given().header("Authorization", officerOf(police).bearer())
                .when().get(FeedReader.FEED)
                .then().statusCode(200).extract().asString();

        assertThat(body).doesNotContain(health).doesNotContain("audience");
    }

    @Test
    void withoutATokenTheFeedIsUnauthorized() {
        given().when().get(FeedReader.FEED).then().statusCode(401);
    }

    @Test
    void anotherContextsFeedIsNotFoundHere() {
        given().header("Authorization", FeedReader.serviceAccount().bearer())
                .when().get("/api/events/elsewhere")
                .then().statusCode(404);
    }

    private static Tokens officerOf(String agency) {
        return Tokens.user("officer-" + UUID.randomUUID()).agency(agency, "police").roles("practitioner");
    }

    private String positionOf(String eventId) {
        return FeedReader.readAll(FeedReader.serviceAccount(), start, 100).events().stream()
                .filter(event -> eventId.equals(event.get("id")))
                .map(event -> (String) event.get("cursor"))
                .findFirst().orElseThrow();
    }

    private String record(Set<String> audience) {
        return QuarkusTransaction.requiringNew()
                .call(() -> outbox.record(new EventDraft("toy.noted", "note", List.of(1, 2), audience))).toString();
    }
}
