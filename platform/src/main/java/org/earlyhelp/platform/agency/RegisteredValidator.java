package org.earlyhelp.platform.agency;

import jakarta.enterprise.context.Dependent;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Looks a code up in its register; the register's own copy is cached, so this reads Keycloak rarely. */
@Dependent // one instance per constraint: each knows its register
class RegisteredValidator implements ConstraintValidator<Registered, String> {

    private final AgencyRegister register;
    private Registered.Register which;

    RegisteredValidator(AgencyRegister register) {
        this.register = register;
    }

    @Override
    public void initialize(Registered annotation) {
        which = annotation.value();
    }

    @Override
    public boolean isValid(String code, ConstraintValidatorContext context) {
        if (code == null || registered(code)) {
            return true;
        }
        if (context.getDefaultConstraintMessageTemplate().isEmpty()) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(which.unknown()).addConstraintViolation();
        }
        return false;
    }

    private boolean registered(String code) {
        return switch (which) {
            case AGENCY -> register.find(code).isPresent();
            case AREA -> register.all().stream().anyMatch(agency -> agency.serves(code));
            case AGENCY_TYPE -> AgencyTypes.ALL.contains(code);
        };
    }
}
