package org.earlyhelp.consent.consent;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/**
 * A consent's version as an HTTP entity tag ({@code "3"}) and the {@code If-Match} checks on it.
 * Only the strong tag of one version is accepted: {@code *} would defeat the point, which is that
 * the caller proves which version it read before changing it.
 */
final class ETags {

    private static final Pattern ONE_VERSION = Pattern.compile("\\s*\"(\\d{1,9})\"\\s*");

    private ETags() {
    }

    static EntityTag of(int version) {
        return new EntityTag(Integer.toString(version));
    }

    /** The version named by a required {@code If-Match}: 428 when absent, 412 when it names no version. */
    static int required(String ifMatch) {
        return optional(ifMatch).orElseThrow(() -> new ClientErrorException(
                "Send If-Match with the ETag of the version you are changing (GET the consent first)", 428));
    }

    /** The version named by an optional {@code If-Match}; 412 when present but unusable. */
    static OptionalInt optional(String ifMatch) {
        if (ifMatch == null) {
            return OptionalInt.empty();
        }
        Matcher matcher = ONE_VERSION.matcher(ifMatch);
        if (!matcher.matches()) {
            throw new ClientErrorException("If-Match must be the ETag of one version, such as \"3\"", 412);
        }
        return OptionalInt.of(Integer.parseInt(matcher.group(1)));
    }

    /** 412 with the current ETag, so the caller can see it is out of date and fetch the current version. */
    static ClientErrorException stale(int current) {
        return new ClientErrorException("The consent has changed since you read it; it is now at version " + current,
                Response.status(412).tag(of(current)).build());
    }
}
