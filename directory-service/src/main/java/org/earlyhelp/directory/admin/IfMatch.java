package org.earlyhelp.directory.admin;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;

import org.earlyhelp.directory.change.ChangeLog;

/**
 * Reads the version a client edits from {@code If-Match}. Changes without it are refused (428):
 * two admins editing the same record must never overwrite each other unseen.
 */
final class IfMatch {

    static final String HEADER = "If-Match";

    private IfMatch() {
    }

    static long version(String header) {
        if (header == null || header.isBlank()) {
            throw new ClientErrorException("Send If-Match with the ETag you read, so that a change made meanwhile is not "
                    + "overwritten", 428);
        }
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 3 && tag.startsWith("\"") && tag.endsWith("\"")) {
            String version = tag.substring(1, tag.length() - 1);
            if (version.length() <= 18 && !version.isEmpty() && version.chars().allMatch(Character::isDigit)) {
                return Long.parseLong(version);
            }
        }
        throw new ClientErrorException("If-Match must be an ETag this API gave out, such as \"3\"", 412);
    }

    static Response.ResponseBuilder ok(Versioned<?> record) {
        return Response.ok(record.body()).tag(ChangeLog.etag(record.version()));
    }
}
