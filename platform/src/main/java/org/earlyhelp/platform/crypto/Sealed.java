package org.earlyhelp.platform.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * {@code @Convert(converter = Sealed.class)} on an entity's text column: personal data, encrypted in the database
 * ({@link PersonalData}). The column holds text; a {@code jsonb} column becomes {@code text} when it is sealed.
 */
@Converter
@ApplicationScoped
public class Sealed implements AttributeConverter<String, String> {

    private final PersonalData personalData;

    Sealed(PersonalData personalData) {
        this.personalData = personalData;
    }

    @Override
    public String convertToDatabaseColumn(String clear) {
        return personalData.seal(clear);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return personalData.open(stored);
    }
}
