package org.earlyhelp.directory.service;

import static org.earlyhelp.platform.agency.Registered.Register.AREA;

import org.earlyhelp.platform.agency.Registered;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * What an admin (or a feed) says about a service: its ORUK fields, with the organisation,
 * locations and taxonomy terms referred to by id. Status is not part of it: a service changes
 * status only through its own transition (see {@link Service#changeStatus}). Children may carry
 * their ids, which stay stable across updates; without one a child gets a new id.
 */
public record ServiceForm(
        @NotNull UUID organizationId,
        @NotBlank @Size(max = 255) String name,
        @Size(max = 10_000) String description,
        @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") @Size(max = 2048) String url,
        @Email @Size(max = 255) String email,
        @Size(max = 2000) String fees,
        @Size(max = 2000) String accreditations,
        @Min(0) @Max(130) Integer minimumAge,
        @Min(0) @Max(130) Integer maximumAge,
        LocalDate assuredDate,
        @Email @Size(max = 255) String assurerEmail,
        @Size(max = 2000) String alert,
        @Size(max = 50) List<@Valid @NotNull AreaForm> serviceAreas,
        @Size(max = 200) List<@Valid @NotNull SiteForm> serviceAtLocations,
        @Size(max = 50) List<@Valid @NotNull ContactForm> contacts,
        @Size(max = 50) List<@Valid @NotNull ScheduleForm> schedules,
        @Size(max = 50) List<@Valid @NotNull CostOptionForm> costOptions,
        @Size(max = 50) List<@Valid @NotNull LanguageForm> languages,
        @Size(max = 100) List<@Valid @NotNull AttributeForm> attributes) {

    public ServiceForm {
        serviceAreas = orEmpty(serviceAreas);
        serviceAtLocations = orEmpty(serviceAtLocations);
        contacts = orEmpty(contacts);
        schedules = orEmpty(schedules);
        costOptions = orEmpty(costOptions);
        languages = orEmpty(languages);
        attributes = orEmpty(attributes);
    }

    /** A child's age range is checked as a whole: a minimum above the maximum covers nobody. */
    @JsonIgnore
    @jakarta.validation.constraints.AssertTrue(message = "minimumAge must not be above maximumAge")
    public boolean isAgeRangeOrdered() {
        return minimumAge == null || maximumAge == null || minimumAge <= maximumAge;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** A service area; {@code district} names one of the county's districts (e.g. {@code eastmere}) when it is one. */
    public record AreaForm(UUID id, @Size(max = 255) String name,
            @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be a district code such as eastmere") @Size(max = 100) @Registered(AREA) String district,
            @Size(max = 100_000) String extent, @Size(max = 50) String extentType, @Size(max = 2048) String uri) {
    }

    /** The service is delivered at this location (ORUK service_at_location). */
    public record SiteForm(UUID id, @NotNull UUID locationId) {
    }

    public record ContactForm(UUID id, @Size(max = 255) String name, @Size(max = 255) String title,
            @Email @Size(max = 255) String email, @Size(max = 20) List<@Valid @NotNull PhoneForm> phones) {

        public ContactForm {
            phones = phones == null ? List.of() : phones;
        }
    }

    public record PhoneForm(UUID id, @NotBlank @Size(max = 50) String number, @Size(max = 255) String description) {
    }

    public record ScheduleForm(UUID id, LocalDate validFrom, LocalDate validTo, LocalDate dtstart,
            @Pattern(regexp = "WEEKLY|MONTHLY", message = "must be WEEKLY or MONTHLY") String freq,
            @Min(1) @Max(100) Integer interval,
            @Size(max = 20) @Pattern(regexp = "(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*", message = "must be days such as MO,TU,WE") String byday,
            @Size(max = 100) String bymonthday, @Size(max = 2000) String description,
            LocalTime opensAt, LocalTime closesAt,
            @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") @Size(max = 2048) String scheduleLink,
            @Size(max = 255) String attendingType, @Size(max = 2000) String notes) {
    }

    public record CostOptionForm(UUID id, LocalDate validFrom, LocalDate validTo, @Size(max = 255) String option,
            @DecimalMin("0") BigDecimal amount, @Size(max = 255) String amountDescription) {
    }

    public record LanguageForm(UUID id, @Size(max = 100) String name, @Size(max = 20) String code, @Size(max = 255) String note) {
    }

    /** A taxonomy term attached to the service (ORUK attribute). */
    public record AttributeForm(UUID id, @NotNull UUID taxonomyTermId, @Size(max = 100) String linkType) {
    }
}
