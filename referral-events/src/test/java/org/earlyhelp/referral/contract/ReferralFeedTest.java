package org.earlyhelp.referral.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.earlyhelp.platform.events.CloudEvent;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The feed is a public contract (EVENTS.md, the e2e and reliability tests read it): each payload
 * as published today reads as its record and is written back with the same field names and values.
 */
class ReferralFeedTest {

    /** Writes as the services' ObjectMapper does (ISO dates, nulls kept). */
    private static final ObjectMapper WIRE = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private static final String REFERRAL = "\"referralId\": \"1b0c7a52-5e0f-4d7a-9c55-3d8e2f1a9b10\"";
    private static final String PERSON = "7e51c2d4-8a3b-4f6e-9d1c-2b5a7e9f0c31";

    @Test
    void referralEvents() throws JsonProcessingException {
        roundTrips(ReferralFeed.Submitted.class, "{" + REFERRAL + """
                , "referringAgency": "northshire-police", "area": "eastmere", "urgency": "urgent",
                "immediateRisk": false, "queue": "early-help", "personIds": ["%s"], "childPersonIds": ["%s"],
                "concernCategories": ["domestic-abuse", "early-years"] }""".formatted(PERSON, PERSON));
        roundTrips(ReferralFeed.Accepted.class, "{" + REFERRAL + """
                , "referringAgency": "eastmere-academy", "leadAgency": "northshire-health-visiting", "area": "eastmere",
                "personIds": ["%s"], "childPersonIds": ["%s"], "children": [{ "personId": "%s", "displayName": "Jayden W",
                "givenName": "Jayden", "familyName": "W", "dateOfBirth": "2016-05-04" }],
                "concernCategories": ["education"], "household": [{ "personId": "%s", "givenName": "Dana", "familyName": "W",
                "dateOfBirth": null, "relationship": "mother" }], "joinCaseId": "%s" }""".formatted(PERSON, PERSON, PERSON, PERSON,
                PERSON));
        roundTrips(ReferralFeed.Signposted.class, "{" + REFERRAL + """
                , "referringAgency": "eastmere-academy", "area": "eastmere", "personIds": ["%s"], "onwardReferralIds": ["%s"] }"""
                .formatted(PERSON, PERSON));
        roundTrips(ReferralFeed.Escalated.class, "{" + REFERRAL + """
                , "referringAgency": "eastmere-academy", "area": "eastmere", "personIds": ["%s"], "immediateRisk": true }"""
                .formatted(PERSON));
        roundTrips(ReferralFeed.Closed.class, "{" + REFERRAL + """
                , "referringAgency": "eastmere-academy", "leadAgency": null, "area": "eastmere", "personIds": ["%s"],
                "closure": "case-closed", "outcome": "needs-met", "caseId": "%s" }""".formatted(PERSON, PERSON));
        roundTrips(ReferralFeed.PersonLinked.class, "{" + REFERRAL + """
                , "referringAgency": "eastmere-academy", "area": "eastmere", "mintedPersonId": "%s", "personId": "%s",
                "personIds": ["%s"] }""".formatted(PERSON, PERSON, PERSON));
    }

    @Test
    void alertAndOnwardReferralEvents() throws JsonProcessingException {
        roundTrips(ReferralFeed.ConcernAlert.class, """
                { "alertId": "%s", "personId": "%s", "area": "eastmere", "referralIds": ["%s"],
                  "agencies": ["eastmere-academy", "northshire-police"], "status": "open", "unconfirmed": true,
                  "candidateLinks": [{ "matchId": "%s", "referralId": "%s", "candidateReferralIds": ["%s"], "score": 0.95 }] }"""
                .formatted(PERSON, PERSON, PERSON, PERSON, PERSON, PERSON));
        roundTrips(ReferralFeed.OnwardReferral.class, """
                { "onwardReferralId": "%s", "referralId": "%s", "serviceId": "%s",
                  "receivingAgency": "brightstart-family-support", "referringAgency": "eastmere-academy", "area": "eastmere",
                  "status": "sent", "personIds": ["%s"] }""".formatted(PERSON, PERSON, PERSON, PERSON));
    }

    @Test
    void anAlertEventFromBeforeCandidateLinksReadsAsConfirmed() throws JsonProcessingException {
        ReferralFeed.ConcernAlert alert = event("""
                { "alertId": "%s", "personId": "%s", "area": "eastmere", "referralIds": ["%s"], "agencies": ["eastmere-academy"] }"""
                .formatted(PERSON, PERSON, PERSON)).dataAs(ReferralFeed.ConcernAlert.class).orElseThrow();

        assertThat(alert.unconfirmed()).isFalse();
        assertThat(alert.candidateLinks()).isEmpty();
    }

    @Test
    void aConsumerIgnoresFieldsAddedLaterAndReadsAMissingListAsEmpty() throws JsonProcessingException {
        ReferralFeed.Accepted accepted = event("{" + REFERRAL + ", \"addedLater\": {\"x\": 1} }")
                .dataAs(ReferralFeed.Accepted.class).orElseThrow();

        assertThat(accepted.referralId()).hasToString("1b0c7a52-5e0f-4d7a-9c55-3d8e2f1a9b10");
        assertThat(accepted.children()).isEmpty();
        assertThat(event("{\"referralId\": \"not-a-uuid\"}").dataAs(ReferralFeed.Accepted.class)).isEmpty();
    }

    private static void roundTrips(Class<?> payload, String json) throws JsonProcessingException {
        CloudEvent event = event(json);
        JsonNode written = WIRE.valueToTree(event.dataAs(payload).orElseThrow());
        assertThat(written).as(payload.getSimpleName()).isEqualTo(event.data());
    }

    private static CloudEvent event(String json) throws JsonProcessingException {
        JsonNode data = WIRE.readTree(json);
        return new CloudEvent(CloudEvent.SPEC_VERSION, "e1", "/early-help/referral", "test", null, null, CloudEvent.JSON, data, null);
    }
}
