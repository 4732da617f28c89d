package org.earlyhelp.directory.admin;

import java.lang.reflect.Type;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.AnnotationIntrospector;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotationIntrospectorPair;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;

/**
 * Writes the directory's records in the {@code /api} convention, camelCase field names. The records are ORUK's
 * (their {@code @JsonNaming} gives ORUK's snake_case, which only {@code /oruk} and ORUK documents speak), so the admin
 * API reads them past that annotation. Use as {@code @CustomSerialization(ApiFieldNames.class)}; the OpenAPI
 * document shows the same names ({@link ApiSchemaNames}).
 */
public final class ApiFieldNames implements BiFunction<ObjectMapper, Type, ObjectWriter> {

    /** Quarkus has one ObjectMapper; its camelCase copy is made once. */
    private static volatile ObjectMapper camelCase;

    /**
     * A writer for whatever the method answers, not bound to one type: Quarkus may keep the first writer made for a
     * resource class and use it for the class's other methods, and a writer bound to one method's type (a page of
     * locations) then refuses another's (a location).
     */
    @Override
    public ObjectWriter apply(ObjectMapper mapper, Type type) {
        return camelCase(mapper).writer();
    }

    private ObjectMapper camelCase(ObjectMapper mapper) {
        ObjectMapper copy = camelCase;
        if (copy == null) {
            AnnotationIntrospector own = mapper.getSerializationConfig().getAnnotationIntrospector();
            copy = mapper.copy().setAnnotationIntrospector(new IgnoringNaming(own));
            camelCase = copy;
        }
        return copy;
    }

    /** Every annotation as usual but ORUK's names: {@code @JsonNaming}, and explicit snake_case names ({@code address_1}). */
    private static final class IgnoringNaming extends AnnotationIntrospectorPair {

        IgnoringNaming(AnnotationIntrospector own) {
            super(own, NopAnnotationIntrospector.instance);
        }

        @Override
        public Object findNamingStrategy(AnnotatedClass type) {
            return null;
        }

        @Override
        public PropertyName findNameForSerialization(Annotated member) {
            PropertyName name = super.findNameForSerialization(member);
            return name != null && name.getSimpleName().contains("_") ? PropertyName.USE_DEFAULT : name;
        }
    }
}
