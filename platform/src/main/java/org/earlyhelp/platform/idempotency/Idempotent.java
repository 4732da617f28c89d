package org.earlyhelp.platform.idempotency;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * Marks a creating endpoint as honouring {@code Idempotency-Key}: the first response is stored
 * with the change, in the same transaction, and replayed to every retry with the same key and
 * body; concurrent duplicates wait for the first and get its response, so they create one resource.
 * The method must return {@link jakarta.ws.rs.core.Response}.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {

    String HEADER = "Idempotency-Key";
    String REPLAYED_HEADER = "Idempotent-Replayed";
}
