package org.earlyhelp.platform.crypto;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * {@code @Convert(converter = SealedDate.class)} on a date of birth no query compares: encrypted like {@link Sealed},
 * in a {@code text} column (a {@code date} column becomes {@code text}; its ISO values read until they are sealed).
 */
@Converter
@ApplicationScoped
public class SealedDate implements AttributeConverter<LocalDate, String> {

    private final PersonalData personalData;

    SealedDate(PersonalData personalData) {
        this.personalData = personalData;
    }

    @Override
    public String convertToDatabaseColumn(LocalDate date) {
        return date == null ? null : personalData.seal(date.toString());
    }

    @Override
    public LocalDate convertToEntityAttribute(String stored) {
        return stored == null ? null : LocalDate.parse(personalData.open(stored));
    }
}
