package org.earlyhelp.platform.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.vertx.http.runtime.filters.Filters;

/**
 * Refuses a path or query that is not a valid URI (broken percent-encoding such as {@code %zz}, a character that must
 * be encoded) with a 400 problem, before anything decodes it. Quarkus makes the same check in its root handler but
 * answers with an empty body; every JVM of the suite is started with {@code -Dvertx.disableURIValidation=true}, which
 * turns that check off, so that this one, the same {@link URI} parse, answers instead (decision 0015). It runs before
 * every other filter, the request id's included, because any of them may decode the path (a service's CORS filter
 * reads {@code normalizedPath()}, which throws on {@code %zz}).
 */
@ApplicationScoped
class RequestTargetSyntax {

    /** First of all filters. */
    static final int PRIORITY = Integer.MAX_VALUE;

    private final ObjectMapper json;

    RequestTargetSyntax(ObjectMapper json) {
        this.json = json;
    }

    void register(@Observes Filters filters) {
        filters.register(context -> {
            String target = context.request().uri();
            try {
                new URI(target);
            } catch (URISyntaxException e) {
                RequestIdFilter.identify(context);
                HttpProblems.send(context, json, Problem.of(ProblemKind.BAD_REQUEST, detail(e))
                        .at(encoded(context.request().path()), null));
                return;
            }
            context.next();
        }, PRIORITY);
    }

    /** Java's reason ("Malformed escape pair", "Illegal character in query") and where, counted from 1. */
    private static String detail(URISyntaxException e) {
        String where = e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) + " of the path and query" : "";
        return "The address is not a valid URI (" + e.getReason().toLowerCase(Locale.ROOT) + where + "). Percent-encode"
                + " every character outside RFC 3986's unreserved set as % and two hexadecimal digits of its UTF-8 bytes,"
                + " and a literal % as %25";
    }

    /**
     * The path as a valid URI reference, for {@code instance}: a {@code %} not followed by two hexadecimal digits becomes
     * {@code %25}, any character a path may not hold is percent-encoded.
     */
    static String encoded(String path) {
        if (path == null) {
            return "/";
        }
        StringBuilder out = new StringBuilder(path.length() + 8);
        for (int i = 0; i < path.length(); i += Character.charCount(path.codePointAt(i))) {
            int c = path.codePointAt(i);
            if (c == '%') {
                boolean escape = i + 2 < path.length() && isHex(path.charAt(i + 1)) && isHex(path.charAt(i + 2));
                out.append(escape ? "%" : "%25");
            } else if (allowedInPath(c)) {
                out.appendCodePoint(c);
            } else {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xff));
                }
            }
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0 && c < 128;
    }

    /** RFC 3986 pchar less {@code %}, and {@code /}. */
    private static boolean allowedInPath(int c) {
        return c < 128 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0);
    }
}
