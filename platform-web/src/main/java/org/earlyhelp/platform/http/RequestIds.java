package org.earlyhelp.platform.http;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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
    /** The logging context key of the request's path: the {@code instance} of a problem built away from the request. */
    public static final String PATH_KEY = "requestPath";

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {
    }

    /** The current request's id, or null outside a request. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }

    /** The current request's path as sent, or null outside a request. */
    public static String currentPath() {
        Object path = MDC.get(PATH_KEY);
        return path == null ? null : path.toString();
    }

    /** The id a request is served under: the one it brought if it is sane, a new one otherwise. */
    public static String accept(String offered) {
        return offered != null && SANE.matcher(offered).matches() ? offered : newId();
    }

    /**
     * A random (version 4) UUID from a fast generator: an id to find a request's lines by, not a
     * secret, so it does not need {@link UUID#randomUUID()}'s cryptographic source (a measurable
     * share of the gateway's CPU per request, docs/performance.md).
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & ~(0x3L << 62)) | (0x2L << 62);
        return new UUID(high, low).toString();
    }
}
