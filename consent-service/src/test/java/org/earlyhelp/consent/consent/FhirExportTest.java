package org.earlyhelp.consent.consent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.earlyhelp.consent.ConsentApi.recorded;
import static org.earlyhelp.consent.ConsentApi.withdraw;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.earlyhelp.consent.Consents;
import org.earlyhelp.consent.Staff;
import org.earlyhelp.consent.participation.ParticipationFixture;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A consent exported as FHIR R4 {@code Consent} has the structure the specification requires. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class FhirExportTest {

    private static final Set<String> R4_STATUSES = Set.of("draft", "proposed", "active", "rejected", "inactive", "entered-in-error");
    private static final Set<String> PROVISION_TYPES = Set.of("deny", "permit");

    @Inject
    ParticipationFixture participation;

    private UUID child;

    @BeforeEach
    void policeReferredTheChild() {
        child = UUID.randomUUID();
        participation.referralSubmitted(child, "northshire-police");
    }

    @Test
    void anActiveConsentExportsAsAStructurallyValidFhirR4Consent() {
        UUID consent = recorded(Staff.policeOfficer(), Consents.parentalConsentFor(child)
                .deny().toAgencies("northshire-recovery"));

        JsonPath fhir = given().header("Authorization", Staff.policeOfficer().bearer())
                .when().get("/api/consents/" + consent + "/fhir")
                .then().statusCode(200).contentType("application/fhir+json").extract().jsonPath();

        assertStructurallyValid(fhir);
        assertThat(fhir.getString("id")).isEqualTo(consent.toString());
        assertThat(fhir.getString("meta.versionId")).isEqualTo("1");
        assertThat(fhir.getString("status")).isEqualTo("active");
        assertThat(fhir.getString("scope.coding[0].code")).isEqualTo("patient-privacy");
        assertThat(fhir.getString("scope.coding[0].system")).isEqualTo("http://terminology.hl7.org/CodeSystem/consentscope");
        assertThat(fhir.getString("category[0].coding[0].code")).isEqualTo("59284-0");
        assertThat(fhir.getString("patient.reference")).isEqualTo("Patient/" + child);
        assertThat(fhir.getString("patient.display")).isEqualTo("Riley Carter");
        assertThat(fhir.getString("performer[0].display")).isEqualTo("Sam Carter");
        assertThat(fhir.getString("performer[0].type")).isEqualTo("RelatedPerson");
        assertThat(fhir.getString("organization[0].identifier.value")).isEqualTo("northshire-police");
        assertThat(fhir.getString("sourceReference.identifier.value")).isEqualTo("DOC-2026-0042");
        assertThat(fhir.getString("provision.type")).isEqualTo("permit");
        assertThat(fhir.getList("provision.provision.type")).containsExactly("permit", "deny");
        assertThat(fhir.getList("provision.provision[0].purpose.code")).containsExactly("team-around-family");
        assertThat(fhir.getList("provision.provision[0].class.code")).containsExactlyInAnyOrder("identity", "contact", "concerns");
        assertThat(fhir.getList("provision.provision[0].actor.role.coding[0].code")).containsOnly("IRCP");
        assertThat(fhir.getList("provision.provision[0].actor.reference.identifier.value")).containsExactlyInAnyOrder("charity", "health");
        assertThat(fhir.getList("provision.provision[1].actor.reference.identifier.value")).containsExactly("northshire-recovery");
    }

    @Test
    void theSameExportIsServedWhenFhirJsonIsAskedForByMediaType() {
        UUID consent = recorded(Staff.policeOfficer(), Consents.parentalConsentFor(child));

        JsonPath fhir = given().header("Authorization", Staff.policeOfficer().bearer()).accept("application/fhir+json")
                .when().get("/api/consents/" + consent)
                .then().statusCode(200).contentType("application/fhir+json").extract().jsonPath();

        assertStructurallyValid(fhir);
    }

    @Test
    void aWithdrawnConsentIsInactiveAndARefusalIsRejected() {
        UUID withdrawn = recorded(Staff.policeOfficer(), Consents.parentalConsentFor(child));
        withdraw(Staff.policeOfficer(), withdrawn, null).statusCode(200);
        UUID refused = recorded(Staff.policeOfficer(), Consents.refusalFor(child));

        JsonPath inactive = export(withdrawn);
        JsonPath rejected = export(refused);

        assertStructurallyValid(inactive);
        assertStructurallyValid(rejected);
        assertThat(inactive.getString("status")).isEqualTo("inactive");
        assertThat(inactive.getString("extension.find { it.url.endsWith('consent-status') }.valueCode")).isEqualTo("withdrawn");
        assertThat(rejected.getString("status")).isEqualTo("rejected");
        assertThat(rejected.getString("provision.type")).isEqualTo("deny");
    }

    private static JsonPath export(UUID consent) {
        return given().header("Authorization", Staff.policeOfficer().bearer())
                .when().get("/api/consents/" + consent + "/fhir").then().statusCode(200).extract().jsonPath();
    }

    /** The R4 Consent essentials: cardinalities, required elements and code sets, and no empty arrays. */
    @SuppressWarnings("unchecked")
    private static void assertStructurallyValid(JsonPath fhir) {
        assertThat(fhir.getString("resourceType")).isEqualTo("Consent");
        assertThat(fhir.getString("status")).isIn(R4_STATUSES);
        assertThat(fhir.getList("scope.coding")).isNotEmpty();
        assertThat(fhir.getList("category")).isNotEmpty();
        for (Map<String, Object> category : fhir.<Map<String, Object>>getList("category")) {
            assertThat((List<?>) category.get("coding")).isNotEmpty();
        }
        assertThat(fhir.getString("patient.reference")).startsWith("Patient/");
        assertThat(fhir.getString("dateTime")).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        // ppc-1: a policy or a policyRule.
        assertThat(fhir.getList("policy") != null || fhir.get("policyRule") != null).isTrue();
        Map<String, Object> provision = fhir.getMap("provision");
        assertThat(provision).isNotNull();
        assertThat((String) provision.get("type")).isIn(PROVISION_TYPES);
        for (Map<String, Object> nested : (List<Map<String, Object>>) provision.get("provision")) {
            assertThat((String) nested.get("type")).isIn(PROVISION_TYPES);
            for (String list : List.of("actor", "purpose", "class")) {
                if (nested.containsKey(list)) {
                    assertThat((List<?>) nested.get(list)).as(list).isNotEmpty();
                }
            }
            for (Map<String, Object> actor : (List<Map<String, Object>>) nested.getOrDefault("actor", List.of())) {
                assertThat(actor).containsKeys("role", "reference");
            }
        }
    }
}
