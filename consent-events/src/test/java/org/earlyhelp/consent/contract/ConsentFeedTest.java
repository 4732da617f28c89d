package org.earlyhelp.consent.contract;

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
class ConsentFeedTest {

    /** Writes as the services' ObjectMapper does (ISO dates, nulls kept). */
    private static final ObjectMapper WIRE = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private static final String ID = "7e51c2d4-8a3b-4f6e-9d1c-2b5a7e9f0c31";

    @Test
    void consentEvents() throws JsonProcessingException {
        roundTrips(ConsentFeed.ConsentChanged.class, """
                { "consentId": "%1$s", "version": 2, "personId": "%1$s", "status": "withdrawn",
                  "at": "2026-03-02T10:15:00.123456Z", "purposes": ["team-around-family", "onward-referral"],
                  "dataCategories": ["identity", "contact", "concerns"], "recipientAgencies": ["dwp-northshire"],
                  "recipientAgencyTypes": ["charity", "health"] }""".formatted(ID));
        roundTrips(ConsentFeed.LawfulBasisRecorded.class, """
                { "lawfulBasisId": "%1$s", "personId": "%1$s", "kind": "risk-of-significant-harm",
                  "purposes": ["onward-referral"], "dataCategories": ["concerns", "identity"],
                  "recipientAgencies": ["northshire-recovery"], "recipientAgencyTypes": [],
                  "validFrom": "2026-03-02T10:00:00Z", "validUntil": null }""".formatted(ID));
    }

    private static void roundTrips(Class<?> payload, String json) throws JsonProcessingException {
        CloudEvent event = event(json);
        JsonNode written = WIRE.valueToTree(event.dataAs(payload).orElseThrow());
        assertThat(written).as(payload.getSimpleName()).isEqualTo(event.data());
    }

    private static CloudEvent event(String json) throws JsonProcessingException {
        JsonNode data = WIRE.readTree(json);
        return new CloudEvent(CloudEvent.SPEC_VERSION, "e1", "/early-help/consent", "test", null, null, CloudEvent.JSON, data, null);
    }
}
