package org.earlyhelp.platform.web;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/** Optimistic locking over HTTP: the version is the ETag, and every change must name it in If-Match. */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 428 without If-Match, 412 (with the current ETag) when it names another version. */
    public static void require(String ifMatch, long current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ClientErrorException("Send If-Match with the ETag of the version you read", 428);
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        if (!tag.equals("*") && !tag.equals(Long.toString(current))) {
            throw new ClientErrorException("The record changed since you read it; reload it and try again",
                    Response.status(412).tag(of(current)).build());
        }
    }
}
