package org.earlyhelp.platform.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The feed serves events in commit order, page by page, and a cursor resumes exactly where a page stopped. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class FeedOrderingTest {

    @Inject
    Outbox outbox;

    @Test
    void pagesReadFromCursorToCursorGiveEveryEventOnceInCommitOrder() {
        String start = FeedReader.head();
        List<String> recorded = new ArrayList<>();
        recorded.add(record("one"));
        // Events of one transaction keep the order they were recorded in.
        QuarkusTransaction.requiringNew().run(() -> {
            for (String subject : List.of("two", "three", "four")) {
                recorded.add(outbox.record(EventDraft.of("toy.noted", subject, null)).toString());
            }
        });
        for (String subject : List.of("five", "six", "seven")) {
            recorded.add(record(subject));
        }

        List<String> read = new ArrayList<>();
        List<Long> cursors = new ArrayList<>();
        String cursor = start;
        List<Integer> pageSizes = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            FeedReader.Page next = FeedReader.page(FeedReader.serviceAccount(), cursor, 3);
            pageSizes.add(next.events().size());
            read.addAll(next.ids());
            next.cursors().forEach(c -> cursors.add(Long.parseLong(c)));
            if (!next.events().isEmpty()) {
                // The next cursor is the last event's own cursor: the following page starts right after it.
                assertThat(next.next()).isEqualTo(next.cursors().get(next.cursors().size() - 1));
            }
            cursor = next.next();
        }

        assertThat(pageSizes).containsExactly(3, 3, 1, 0);
        assertThat(read).containsExactlyElementsOf(recorded);
        assertThat(cursors).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aReaderAtTheHeadGetsAnEmptyPageAndKeepsItsCursor() {
        String head = FeedReader.head();

        FeedReader.Page page = FeedReader.page(FeedReader.serviceAccount(), head, null);

        assertThat(page.events()).isEmpty();
        assertThat(page.next()).isEqualTo(head);
    }

    @Test
    void withoutALimitAPageHoldsAHundredEventsAndAtMostFiveHundredMayBeAskedFor() {
        String start = FeedReader.head();
        QuarkusTransaction.requiringNew().run(() -> IntStream.range(0, 501)
                .forEach(i -> outbox.record(EventDraft.of("toy.noted", Integer.toString(i), null))));

        assertThat(FeedReader.page(FeedReader.serviceAccount(), start, null).events()).hasSize(100);
        FeedReader.Page largest = FeedReader.page(FeedReader.serviceAccount(), start, 500);
        assertThat(largest.events()).hasSize(500);
        assertThat(new HashSet<>(largest.ids())).hasSize(500);
        assertThat(FeedReader.page(FeedReader.serviceAccount(), largest.next(), 500).events()).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource({
            "limit, 0", "limit, 501", "limit, ten", "limit, -1",
            "after, -1", "after, abc", "after, 1.5", "after, 99999999999999999999",
            "wait, 31", "wait, -1", "wait, soon" })
    void aBadQueryParameterIsABadRequest(String parameter, String value) {
        given().header("Authorization", FeedReader.serviceAccount().bearer())
                .queryParam(parameter, value)
                .when().get(FeedReader.FEED)
                .then().statusCode(400);
    }

    private String record(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.record(EventDraft.of("toy.noted", subject, null))).toString();
    }
}
