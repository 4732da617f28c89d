package org.earlyhelp.platform.http;

import java.util.UUID;
import java.util.regex.Pattern;

import org.jboss.logging.MDC;

/**
 * The request id of the request being served: taken from {@code X-Request-Id} when the caller
 * (usually the gateway) sent a sane one, made up otherwise. It sits in the logging MDC under
 * {@value #MDC_KEY}, so every log line, problem, audit row and outgoing call carries it.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {
    }

    /** The current request's id, or null outside a request. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }

    /** The id a request is served under: the one it brought if it is sane, a new one otherwise. */
    public static String accept(String offered) {
        return offered != null && SANE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }
}
