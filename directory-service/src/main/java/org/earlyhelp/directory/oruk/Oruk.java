package org.earlyhelp.directory.oruk;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The Open Referral UK 3.0 wire format: one record per ORUK schema, field names as the schemas
 * spell them. Absent values and collections that a representation does not carry are left out
 * (never {@code null}), because the schemas type every property and allow no nulls. Used for the
 * public API, exports and (read leniently) imports.
 */
public final class Oruk {

    public static final String VERSION = "HSDS-UK-3.0";

    private Oruk() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "OrukApiDetails")
    public record ApiDetails(String version, String profile, String openapiUrl) {
    }

    /** ORUK's paginated envelope; pages count from 1. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "OrukPage")
    public record Page<T>(long totalItems, int totalPages, int pageNumber, int size, boolean firstPage, boolean lastPage,
            boolean empty, List<T> contents) {

        public static <T> Page<T> of(List<T> contents, long totalItems, int pageNumber, int perPage) {
            int totalPages = (int) Math.max(1, (totalItems + perPage - 1) / perPage);
            return new Page<>(totalItems, totalPages, pageNumber, contents.size(), pageNumber == 1,
                    pageNumber >= totalPages, contents.isEmpty(), List.copyOf(contents));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "OrukService")
    public record Service(UUID id, UUID organizationId, String name, String description, String url, String email,
            String status, String fees, String accreditations, Integer minimumAge, Integer maximumAge,
            LocalDate assuredDate, String assurerEmail, String alert, Instant lastModified,
            List<Schedule> schedules, List<ServiceArea> serviceAreas, List<ServiceAtLocation> serviceAtLocations,
            List<Language> languages, Organization organization, List<CostOption> costOptions, List<Contact> contacts,
            List<Attribute> attributes) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "OrukOrganization")
    public record Organization(UUID id, String name, String description, String email, String website, String logo,
            String uri, UUID parentOrganizationId, List<OrganizationIdentifier> organizationIdentifiers,
            List<Service> services) {
    }

    /** An identifier of the organisation in another scheme; the directory publishes its platform agency code this way. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "OrukOrganizationIdentifier")
    public record OrganizationIdentifier(UUID id, UUID organizationId, String identifierScheme, String identifierType,
            String identifier) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "OrukServiceAtLocation")
    public record ServiceAtLocation(UUID id, UUID serviceId, UUID locationId, Location location, Service service) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "OrukLocation")
    public record Location(UUID id, String locationType, String name, String description, Double latitude,
            Double longitude, String externalIdentifier, String externalIdentifierType, List<Address> addresses) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "OrukAddress")
    public record Address(UUID id, UUID locationId, String attention, @JsonProperty("address_1") String address1,
            String city, String region, String stateProvince, String postalCode, String country, String addressType) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "OrukServiceArea")
    public record ServiceArea(UUID id, UUID serviceId, String name, String extent, String extentType, String uri) {
    }

    /** ORUK 3.0's contact; {@code email} and {@code phones} are HSDS 3.0 fields the UK schema allows. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "OrukContact")
    public record Contact(UUID id, UUID serviceId, String name, String title, String email, List<Phone> phones) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "OrukPhone")
    public record Phone(UUID id, UUID contactId, String number, String description) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "OrukSchedule")
    public record Schedule(UUID id, UUID serviceId, LocalDate validFrom, LocalDate validTo, LocalDate dtstart,
            String freq, Integer interval, String byday, String bymonthday, String description, LocalTime opensAt,
            LocalTime closesAt, String scheduleLink, String attendingType, String notes) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "OrukCostOption")
    public record CostOption(UUID id, UUID serviceId, LocalDate validFrom, LocalDate validTo, String option,
            BigDecimal amount, String amountDescription) {
    }

    /** ORUK 3.0's language; {@code name}, {@code code} (ISO 639) and {@code note} are HSDS 3.0 fields the UK schema allows. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "OrukLanguage")
    public record Language(UUID id, UUID serviceId, String name, String code, String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "OrukAttribute")
    public record Attribute(UUID id, UUID linkId, UUID taxonomyTermId, String linkType, TaxonomyTerm taxonomyTerm) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "OrukTaxonomy")
    public record Taxonomy(UUID id, String name, String description, String uri, String version,
            List<TaxonomyTerm> taxonomyTerms) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "OrukTaxonomyTerm")
    public record TaxonomyTerm(UUID id, String name, String description, UUID parentId, String taxonomy,
            UUID taxonomyId, String termUri, String term) {
    }
}
