package org.earlyhelp.directory.service;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the ORUK spelling ({@code temporarily closed}), which the table's check constraint lists. */
@Converter(autoApply = true)
class ServiceStatusConverter implements AttributeConverter<ServiceStatus, String> {

    @Override
    public String convertToDatabaseColumn(ServiceStatus status) {
        return status == null ? null : status.value();
    }

    @Override
    public ServiceStatus convertToEntityAttribute(String value) {
        return value == null ? null : ServiceStatus.fromValue(value);
    }
}
