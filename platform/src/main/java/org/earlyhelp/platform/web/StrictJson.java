package org.earlyhelp.platform.web;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Set;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * JSON is read as the OpenAPI documents describe it, and a value of another shape is a 400
 * naming the field rather than something Jackson quietly turns into what was expected:
 * {@code 12345} is not a name, {@code "12"} not a number, {@code 1.5} not an integer,
 * {@code 20000} (epoch days) or {@code []} not a date, {@code "2026-01-01T00:00:00Z"} not a
 * date either. Text may not hold the NUL character, which PostgreSQL cannot store. A body is one
 * JSON value (nothing after it), names each field once (a duplicate is not "the last one wins"),
 * and holds no {@code null} inside an array or map (no schema of ours allows one).
 */
@Singleton
class StrictJson implements ObjectMapperCustomizer {

    private static final Set<Class<?>> DATES_AND_TIMES = Set.of(LocalDate.class, LocalDateTime.class, LocalTime.class,
            Instant.class, OffsetDateTime.class, ZonedDateTime.class);

    @Override
    @SuppressWarnings("deprecation") // MapperFeature on a built mapper: the customizer gets it built
    public void customize(ObjectMapper mapper) {
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (Class<?> type : DATES_AND_TIMES) {
            mapper.configOverride(type).setFormat(JsonFormat.Value.forLeniency(false));
        }
        SimpleModule strict = new SimpleModule("earlyhelp-strict-json");
        strict.addDeserializer(String.class, new TextWithoutNul());
        strict.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                return DATES_AND_TIMES.contains(description.getBeanClass()) ? new TextOnly(deserializer) : deserializer;
            }
        });
        mapper.registerModule(strict);
    }

    /** Text as Jackson reads it, refused if it holds a NUL character. */
    static final class TextWithoutNul extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (text != null && text.indexOf('\u0000') >= 0) {
                return (String) context.handleWeirdStringValue(String.class, text, "text may not contain the NUL character");
            }
            return text;
        }
    }

    /** A date or time only from its ISO text, never from a number or an array. */
    static final class TextOnly extends DelegatingDeserializer {

        TextOnly(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new TextOnly(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return context.handleUnexpectedToken(handledType(), parser);
            }
            return super.deserialize(parser, context);
        }
    }
}
