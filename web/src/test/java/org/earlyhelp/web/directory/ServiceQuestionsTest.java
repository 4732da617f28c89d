package org.earlyhelp.web.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.earlyhelp.web.pages.Answers;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.ws.rs.core.MultivaluedHashMap;

class ServiceQuestionsTest {

    private static final List<String> STATUSES = DirectoryAdminResource.STATUSES;
    private final ObjectMapper json = new ObjectMapper();

    /** A service as the admin API gives it, with what the form does not show: a second phone, a schedule's link, a language, a non-district area. */
    private JsonNode service() throws Exception {
        return json.readTree("""
                {"id":"5b1f0a4e-0000-4000-8000-000000000001","organizationId":"5b1f0a4e-0000-4000-8000-0000000000aa",
                 "name":"Money advice","status":"active","minimumAge":16,"assuredDate":"2026-03-27",
                 "contacts":[{"id":"c1","name":"Duty worker","phones":[{"id":"p1","number":"01632 960 001"},
                                                                         {"id":"p2","number":"01632 960 002","description":"text"}]}],
                 "costOptions":[{"id":"k1","option":"Session","amount":2.5,"validFrom":"2026-01-01"}],
                 "schedules":[{"id":"s1","byday":"MO,TU","opensAt":"09:00:00","closesAt":"17:00:00","scheduleLink":"https://x.example"}],
                 "languages":[{"id":"l1","serviceId":"5b1f0a4e-0000-4000-8000-000000000001","name":"Welsh","code":"cy"}],
                 "serviceAreas":[{"id":"a1","name":"Eastmere"},{"id":"a2","name":"Northshire coast","uri":"https://a.example"}],
                 "attributes":[{"id":"t1","taxonomyTermId":"term-1","linkType":"need","taxonomyTerm":{"name":"Debt"}}],
                 "serviceAtLocations":[{"id":"sal1","locationId":"loc-1","location":{"name":"Hall"}}]}""");
    }

    @Test
    void theFormShowsTheServiceWithOneBlankRowOfEachKindToAddAnother() throws Exception {
        Answers form = ServiceQuestions.of(service(), "\"3\"");

        assertThat(form.get("minimumAge")).isEqualTo("16");
        assertThat(form.get("assuredDay") + "/" + form.get("assuredMonth") + "/" + form.get("assuredYear")).isEqualTo("27/3/2026");
        assertThat(form.get("contact0Phone")).isEqualTo("01632 960 001");
        assertThat(form.get("schedule0Opens")).isEqualTo("09:00");
        assertThat(form.get("areas")).isEqualTo("eastmere");
        assertThat(form.get("terms")).isEqualTo("term-1");
        assertThat(form.get("locations")).isEqualTo("loc-1");
        assertThat(ServiceQuestions.rows(form, "contact")).containsExactly(0, 1);
        assertThat(ServiceQuestions.rows(form, "schedule")).containsExactly(0, 1);
        assertThat(form.get("etag")).isEqualTo("\"3\"");
    }

    @Test
    void theServiceSentBackKeepsWhatTheFormDoesNotShowAndDropsRowsLeftBlank() throws Exception {
        JsonNode current = service();
        Answers form = ServiceQuestions.of(current, "\"3\"").put("contact0Phone", "01632 960 111").put("cost0Option", "")
                .put("cost0Amount", "").put("schedule1Days", "SA").put("schedule1Opens", "9.30").put("schedule1Closes", "12:00")
                .put("areas", "westbrook").put("terms", "term-1,term-2").put("locations", "");

        JsonNode body = ServiceQuestions.body(json, form, current);

        assertThat(body.path("organizationId").asText()).isEqualTo("5b1f0a4e-0000-4000-8000-0000000000aa");
        assertThat(body.path("assuredDate").asText()).isEqualTo("2026-03-27");
        assertThat(body.path("contacts").path(0).path("id").asText()).isEqualTo("c1");
        assertThat(body.path("contacts").path(0).path("phones").toString())
                .contains("\"id\":\"p1\",\"number\":\"01632 960 111\"", "\"id\":\"p2\"");
        assertThat(body.path("costOptions")).isEmpty();
        assertThat(body.path("schedules").path(0).path("scheduleLink").asText()).isEqualTo("https://x.example");
        assertThat(body.path("schedules").path(1).toString()).contains("\"byday\":\"SA\"", "\"opensAt\":\"09:30\"", "\"freq\":\"WEEKLY\"");
        assertThat(body.path("languages").path(0).has("serviceId")).isFalse();
        assertThat(body.path("serviceAreas").toString()).contains("Northshire coast", "\"district\":\"westbrook\"")
                .doesNotContain("Eastmere");
        assertThat(body.path("attributes").toString()).contains("\"id\":\"t1\"", "\"taxonomyTermId\":\"term-2\"")
                .doesNotContain("taxonomyTerm\":{");
        assertThat(body.path("serviceAtLocations")).isEmpty();
    }

    @Test
    void thePageChecksWhatThePersonCanGetWrongBeforeAskingTheDirectory() throws Exception {
        MultivaluedHashMap<String, String> posted = new MultivaluedHashMap<>();
        posted.add("status", "open");
        posted.add("minimumAge", "five");
        posted.add("assuredDay", "31");
        posted.add("assuredMonth", "2");
        posted.add("assuredYear", "2026");
        posted.add("contactRows", "1");
        posted.add("contact0Email", "a@example.org");
        posted.add("costRows", "1");
        posted.add("cost0Amount", "two pounds");
        posted.add("scheduleRows", "1");
        posted.add("schedule0Opens", "25:00");

        Answers errors = ServiceQuestions.check(ServiceQuestions.posted(posted), STATUSES);

        assertThat(errors.summary()).extracting(java.util.Map.Entry::getKey).containsExactlyInAnyOrder("name", "minimumAge",
                "assured", "status", "contact0Name", "cost0Amount", "schedule0Days", "schedule0Opens", "schedule0Closes");
    }

    @Test
    void theDirectorysFieldErrorsLandAtTheirQuestionsRowByRow() {
        assertThat(ServiceQuestions.formField("contacts[1].email")).isEqualTo("contact1Email");
        assertThat(ServiceQuestions.formField("contacts[0].phones[0].number")).isEqualTo("contact0Phone");
        assertThat(ServiceQuestions.formField("costOptions[2].amount")).isEqualTo("cost2Amount");
        assertThat(ServiceQuestions.formField("schedules[0].opensAt")).isEqualTo("schedule0Opens");
        assertThat(ServiceQuestions.formField("schedules[0].byday")).isEqualTo("schedule0Days");
        assertThat(ServiceQuestions.formField("ageRangeOrdered")).isEqualTo("minimumAge");
        assertThat(ServiceQuestions.formField("attributes[0].taxonomyTermId")).isEqualTo("terms");
        assertThat(ServiceQuestions.formField("url")).isEqualTo("url");
        assertThat(ServiceQuestions.formField("organizationId")).isNull();
    }
}
