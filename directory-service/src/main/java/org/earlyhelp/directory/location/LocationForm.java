package org.earlyhelp.directory.location;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;


/** A location as an admin (or a feed) describes it. Addresses may carry their ids (kept stable across updates). */
public record LocationForm(
        @NotBlank @Pattern(regexp = "physical|postal|virtual", message = "must be physical, postal or virtual") String locationType,
        @Size(max = 255) String name,
        @Size(max = 10_000) String description,
        @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") Double longitude,
        @Size(max = 255) String externalIdentifier,
        @Size(max = 100) String externalIdentifierType,
        @Size(max = 20) List<@Valid @NotNull AddressForm> addresses) {

    public record AddressForm(
            UUID id,
            @Size(max = 255) String attention,
            @NotBlank @Size(max = 255) String address1,
            @NotBlank @Size(max = 255) String city,
            @Size(max = 255) String region,
            @NotBlank @Size(max = 255) String stateProvince,
            @NotBlank @Size(max = 20) String postalCode,
            @NotBlank @Size(min = 2, max = 2) String country,
            @NotBlank @Pattern(regexp = "physical|postal|virtual", message = "must be physical, postal or virtual") String addressType) {
    }
}
