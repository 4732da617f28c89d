package org.earlyhelp.platform.web;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/**
 * Optimistic locking over HTTP, the same in every service (docs/platform.md, decision 0044): a record's version is
 * its ETag ({@code "3"}), and a change names the version it read in {@code If-Match}.
 * <ul>
 * <li>a tag matches when it names the current version; a weak tag ({@code W/"3"}) compares by its value;
 * <li>{@code *} matches any existing record (the caller asks only that it exists, which loading it has shown);
 * <li>a list of tags matches when one of them does;
 * <li>anything that matches nothing, a malformed value included, is 412 with the current ETag;
 * <li>no {@code If-Match} on a change that needs one is 428.
 * </ul>
 */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 428 without If-Match; otherwise as {@link #checkIfSent}. Call once the record is loaded. */
    public static void require(String ifMatch, long current) {
        requireSent(ifMatch);
        checkIfSent(ifMatch, current);
    }

    /** 428 without If-Match, for a resource that refuses a change before it loads the record. */
    public static void requireSent(String ifMatch) {
        if (!sent(ifMatch)) {
            throw new ClientErrorException("Send If-Match with the ETag of the version you read", 428);
        }
    }

    /** 412 (with the current ETag) when If-Match was sent and matches no current version; nothing when it was not sent. */
    public static void checkIfSent(String ifMatch, long current) {
        if (sent(ifMatch) && !matches(ifMatch, current)) {
            throw new ClientErrorException("The record changed since you read it; reload it and try again",
                    Response.status(412).tag(of(current)).build());
        }
    }

    public static boolean sent(String ifMatch) {
        return ifMatch != null && !ifMatch.isBlank();
    }

    /** Whether {@code ifMatch} (sent) matches a record at version {@code current}, by the rules above. */
    public static boolean matches(String ifMatch, long current) {
        String version = Long.toString(current);
        for (String listed : ifMatch.split(",")) {
            String tag = listed.strip();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"") && tag.substring(1, tag.length() - 1).equals(version)) {
                return true;
            }
        }
        return false;
    }
}
