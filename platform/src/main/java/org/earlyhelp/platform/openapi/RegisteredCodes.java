package org.earlyhelp.platform.openapi;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.earlyhelp.platform.agency.Registered;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.FieldInfo;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.Type;

/**
 * Which body fields hold a code of a register ({@link Registered}), written into the document as
 * {@code x-register: agency | area | agency-type} on the field's schema (on {@code items} for a list of
 * codes), so that a partner, and the suite's own bad-input tests, know a well-formed code may still be
 * refused with a 422 (decision 0043, "Codes and their registers").
 */
final class RegisteredCodes {

    static final String EXTENSION = "x-register";

    private static final DotName REGISTERED = DotName.createSimple(Registered.class);
    private static final DotName SCHEMA = DotName.createSimple("org.eclipse.microprofile.openapi.annotations.media.Schema");
    private static final DotName JSON_PROPERTY = DotName.createSimple("com.fasterxml.jackson.annotation.JsonProperty");

    /** Where a code is: a schema's property, the property itself or each of its items. */
    record Code(String property, boolean items, String register) {
    }

    private final Map<String, Set<Code>> bySchema = new HashMap<>();

    private RegisteredCodes() {
    }

    /** The codes the classes of {@code index} declare, by the name of the schema SmallRye gives each class. */
    static RegisteredCodes in(IndexView index) {
        RegisteredCodes codes = new RegisteredCodes();
        if (index == null) {
            return codes;
        }
        Set<DotName> classes = new HashSet<>();
        for (AnnotationInstance registered : index.getAnnotations(REGISTERED)) {
            ClassInfo declaring = declaringClass(registered.target());
            if (declaring != null) {
                classes.add(declaring.name());
            }
        }
        for (DotName name : classes) {
            ClassInfo type = index.getClassByName(name);
            if (type != null) {
                codes.add(type);
            }
        }
        return codes;
    }

    private static ClassInfo declaringClass(AnnotationTarget target) {
        return switch (target.kind()) {
            case FIELD -> target.asField().declaringClass();
            case RECORD_COMPONENT -> target.asRecordComponent().declaringClass();
            case METHOD_PARAMETER -> target.asMethodParameter().method().declaringClass();
            case METHOD -> target.asMethod().declaringClass();
            case TYPE -> target.asType().enclosingTarget() == null ? null : declaringClass(target.asType().enclosingTarget());
            default -> null;
        };
    }

    private void add(ClassInfo type) {
        String schema = schemaName(type);
        for (FieldInfo field : type.fields()) {
            if (java.lang.reflect.Modifier.isStatic(field.flags())) {
                continue;
            }
            String property = propertyName(field);
            AnnotationInstance onField = field.declaredAnnotation(REGISTERED);
            if (onField == null) {
                onField = field.type().annotation(REGISTERED);
            }
            if (onField != null) {
                bySchema.computeIfAbsent(schema, key -> new HashSet<>()).add(new Code(property, false, register(onField)));
                continue;
            }
            if (field.type().kind() == Type.Kind.PARAMETERIZED_TYPE) {
                for (Type argument : field.type().asParameterizedType().arguments()) {
                    AnnotationInstance onItems = argument.annotation(REGISTERED);
                    if (onItems != null) {
                        bySchema.computeIfAbsent(schema, key -> new HashSet<>()).add(new Code(property, true, register(onItems)));
                    }
                }
            }
        }
    }

    /** {@code @Schema(name = "Recipient")} on the class, else its simple name, as SmallRye names it. */
    private static String schemaName(ClassInfo type) {
        AnnotationInstance schema = type.declaredAnnotation(SCHEMA);
        AnnotationValue name = schema == null ? null : schema.value("name");
        return name != null && !name.asString().isBlank() ? name.asString() : type.simpleName();
    }

    private static String propertyName(FieldInfo field) {
        AnnotationInstance json = field.declaredAnnotation(JSON_PROPERTY);
        if (json != null && json.value() != null && !json.value().asString().isEmpty()) {
            return json.value().asString();
        }
        return field.name();
    }

    /** {@code AGENCY_TYPE} → {@code agency-type}. */
    private static String register(AnnotationInstance registered) {
        return registered.value().asEnum().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Marks each code's schema in the document's components. */
    void mark(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        bySchema.forEach((name, codes) -> {
            Schema schema = openAPI.getComponents().getSchemas().get(name);
            if (schema == null || schema.getProperties() == null) {
                return;
            }
            for (Code code : codes) {
                Schema property = schema.getProperties().get(code.property());
                Schema marked = property == null ? null : code.items() ? property.getItems() : property;
                if (marked != null) {
                    marked.addExtension(EXTENSION, code.register());
                }
            }
        });
    }
}
