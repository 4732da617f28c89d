package org.earlyhelp.directory.change;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.earlyhelp.directory.Callers;
import org.earlyhelp.directory.Forms;
import org.earlyhelp.platform.test.EventFeedReader;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.platform.test.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The directory feed (docs/access.md, directory table): public directory data for the suite's services only. Events are
 * addressed to nobody, so the directory admin who made the change, the hub's auditor, a practitioner and a partner system
 * read none; a service account with {@code event-consumer} reads them.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class DirectoryFeedTest {

    private static String serviceAccount() {
        return Tokens.user("service-account-referral-service").agency("northshire-early-help", "local-authority")
                .roles("event-consumer").bearer();
    }

    private static String bearer(String who) {
        return switch (who) {
            case "directory admin" -> Callers.directoryAdmin();
            case "hub auditor" -> Tokens.user("hub.auditor").agency("northshire-early-help", "local-authority").roles("auditor")
                    .bearer();
            case "practitioner" -> Callers.practitioner();
            case "partner system" -> Tokens.partnerSystem("brightstart-system").agency("brightstart-family-support", "charity")
                    .bearer();
            default -> throw new IllegalArgumentException(who);
        };
    }

    @ParameterizedTest(name = "{0} reads no directory event")
    @ValueSource(strings = { "directory admin", "hub auditor", "practitioner", "partner system" })
    void onlyTheSuitesServicesReadTheDirectoryFeed(String who) {
        String organization = created("/api/directory/organizations", Forms.organization("Feedwell " + who.replace(' ', '-')));
        String service = created("/api/directory/services", Forms.service(organization, "Feedwell advice for " + who)
                .ages(0, 18).district("kingsfold").build());

        assertThat(subjects(serviceAccount())).contains(service);
        assertThat(events(bearer(who))).isEmpty();
    }

    private static String created(String path, Object body) {
        return given().header("Authorization", Callers.directoryAdmin()).contentType(ContentType.JSON).body(body)
                .when().post(path).then().statusCode(201).extract().path("id");
    }

    private static List<String> subjects(String bearer) {
        return events(bearer).stream().map(event -> String.valueOf(event.get("subject"))).toList();
    }

    private static List<Map<String, Object>> events(String bearer) {
        return EventFeedReader.as(bearer).all("directory");
    }
}
