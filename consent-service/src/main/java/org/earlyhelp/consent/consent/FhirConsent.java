package org.earlyhelp.consent.consent;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.consent.sharing.DataCategory;
import org.earlyhelp.consent.sharing.Purpose;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A consent record as a FHIR R4 {@code Consent} resource (https://hl7.org/fhir/R4/consent.html),
 * for partners whose systems speak FHIR. Mapping:
 * <ul>
 * <li>status: active → {@code active}, refused → {@code rejected}, withdrawn and expired →
 * {@code inactive}; the exact status is kept in an extension;</li>
 * <li>scope {@code patient-privacy}, category LOINC 59284-0 (patient consent) plus our own
 * early-help information-sharing category;</li>
 * <li>patient: the platform person id (identifier) and display name;</li>
 * <li>performer: who gave or refused it (the person, or a RelatedPerson for a parent);
 * organization: the agency that recorded it; source: the evidence reference;</li>
 * <li>provision: the root provision carries the consent's period (type {@code deny} for a
 * refusal, else {@code permit}); each of our provisions is a nested provision with type,
 * period, actors (recipients, role IRCP), purposes and data categories as {@code class}.</li>
 * </ul>
 */
@ApplicationScoped
class FhirConsent {

    static final String MEDIA_TYPE = "application/fhir+json";

    private static final String BASE = "https://earlyhelp.example/fhir/";
    static final String PERSON_SYSTEM = BASE + "sid/person-id";
    static final String AGENCY_SYSTEM = BASE + "sid/agency";
    static final String AGENCY_TYPE_SYSTEM = BASE + "CodeSystem/agency-type";
    static final String PURPOSE_SYSTEM = BASE + "CodeSystem/sharing-purpose";
    static final String CATEGORY_SYSTEM = BASE + "CodeSystem/data-category";
    static final String STATUS_EXTENSION = BASE + "StructureDefinition/consent-status";
    static final String METHOD_EXTENSION = BASE + "StructureDefinition/consent-method";
    static final String GRANTOR_EXTENSION = BASE + "StructureDefinition/consent-grantor-kind";

    private final ObjectMapper json;

    FhirConsent(ObjectMapper json) {
        this.json = json;
    }

    ObjectNode of(ConsentView consent) {
        ObjectNode resource = json.createObjectNode();
        resource.put("resourceType", "Consent");
        resource.put("id", consent.id().toString());
        ObjectNode meta = resource.putObject("meta");
        meta.put("versionId", Integer.toString(consent.version()));
        meta.put("lastUpdated", consent.updatedAt().toString());

        ArrayNode extensions = resource.putArray("extension");
        extensions.addObject().put("url", STATUS_EXTENSION).put("valueCode", consent.status().code());
        extensions.addObject().put("url", METHOD_EXTENSION).put("valueCode", consent.method().code());

        resource.put("status", switch (consent.status()) {
            case ACTIVE -> "active";
            case REFUSED -> "rejected";
            case WITHDRAWN, EXPIRED -> "inactive";
        });
        coding(resource.putObject("scope"), "http://terminology.hl7.org/CodeSystem/consentscope", "patient-privacy",
                "Privacy Consent");
        ArrayNode category = resource.putArray("category");
        coding(category.addObject(), "http://loinc.org", "59284-0", "Patient Consent");
        coding(category.addObject(), BASE + "CodeSystem/consent-category", "early-help-information-sharing",
                "Early help information sharing");

        ObjectNode patient = resource.putObject("patient");
        patient.put("reference", "Patient/" + consent.personId());
        patient.putObject("identifier").put("system", PERSON_SYSTEM).put("value", consent.personId().toString());
        patient.put("display", consent.personName());

        resource.put("dateTime", consent.recordedAt().toString());

        ObjectNode performer = resource.putArray("performer").addObject();
        performer.put("type", consent.grantor().kind() == GrantorKind.PARENT ? "RelatedPerson" : "Patient");
        performer.put("display", consent.grantor().name());
        performer.putArray("extension").addObject().put("url", GRANTOR_EXTENSION)
                .put("valueCode", consent.grantor().kind().code());

        ObjectNode organization = resource.putArray("organization").addObject();
        organization.putObject("identifier").put("system", AGENCY_SYSTEM).put("value", consent.recordedBy().agency());

        if (consent.evidenceReference() != null) {
            ObjectNode source = resource.putObject("sourceReference");
            source.putObject("identifier").put("value", consent.evidenceReference());
            source.put("display", "Evidence of consent");
        }
        // R4 invariant ppc-1: a policy or a policyRule. Sharing rests on the government's advice.
        resource.putArray("policy").addObject().put("uri",
                "https://www.gov.uk/government/publications/safeguarding-practitioners-information-sharing-advice");

        ObjectNode root = resource.putObject("provision");
        root.put("type", consent.status() == org.earlyhelp.consent.sharing.ConsentStatus.REFUSED ? "deny" : "permit");
        period(root, consent.period());
        ArrayNode nested = root.putArray("provision");
        for (ProvisionBody provision : consent.provisions()) {
            ObjectNode node = nested.addObject();
            node.put("type", provision.type().code());
            period(node, provision.period());
            ArrayNode actors = node.putArray("actor");
            for (String agency : provision.recipientAgencies()) {
                ObjectNode actor = recipientActor(actors);
                actor.putObject("reference").putObject("identifier").put("system", AGENCY_SYSTEM).put("value", agency);
            }
            for (String type : provision.recipientAgencyTypes()) {
                ObjectNode actor = recipientActor(actors);
                ObjectNode reference = actor.putObject("reference");
                reference.putObject("identifier").put("system", AGENCY_TYPE_SYSTEM).put("value", type);
                reference.put("display", "Any " + type + " agency");
            }
            ArrayNode purposes = node.putArray("purpose");
            for (Purpose purpose : provision.purposes()) {
                purposes.addObject().put("system", PURPOSE_SYSTEM).put("code", purpose.code());
            }
            ArrayNode classes = node.putArray("class");
            for (DataCategory data : provision.dataCategories()) {
                classes.addObject().put("system", CATEGORY_SYSTEM).put("code", data.code());
            }
            removeEmpty(node, "actor", "purpose", "class");
        }
        return resource;
    }

    private static ObjectNode recipientActor(ArrayNode actors) {
        ObjectNode actor = actors.addObject();
        coding(actor.putObject("role"), "http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "IRCP",
                "information recipient");
        return actor;
    }

    private static void period(ObjectNode node, PeriodBody period) {
        if (period == null) {
            return;
        }
        ObjectNode out = node.putObject("period");
        if (period.start() != null) {
            out.put("start", period.start().toString());
        }
        if (period.end() != null) {
            out.put("end", period.end().toString());
        }
    }

    private static void coding(ObjectNode concept, String system, String code, String display) {
        concept.putArray("coding").addObject().put("system", system).put("code", code).put("display", display);
    }

    /** FHIR forbids empty arrays. */
    private static void removeEmpty(ObjectNode node, String... fields) {
        for (String field : fields) {
            if (node.path(field).isArray() && node.path(field).isEmpty()) {
                node.remove(field);
            }
        }
    }
}
