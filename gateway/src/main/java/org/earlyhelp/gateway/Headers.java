package org.earlyhelp.gateway;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.vertx.core.MultiMap;

/** Which headers cross the gateway: hop-by-hop headers never do, nor identity a client claims for itself. */
final class Headers {

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "trailers", "transfer-encoding", "upgrade", "host");

    /**
     * Anything that looks like identity asserted by a header: only the token says who calls. Also
     * drops forwarding headers a client may have forged; the gateway sets its own.
     */
    private static final Pattern CLAIMED_IDENTITY = Pattern.compile(
            "x-(remote-)?(user|username|userid|user-id|agency|agency-code|org|organization|organisation|roles?|groups?"
                    + "|auth.*|authenticated-.*|forwarded-(user|email|groups|preferred-username|access-token).*|earlyhelp-.*)"
                    + "|remote-user|x-forwarded-(for|host|proto|port|prefix)|forwarded");

    private Headers() {
    }

    static boolean passes(String name, MultiMap all) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (HOP_BY_HOP.contains(lower) || CLAIMED_IDENTITY.matcher(lower).matches()) {
            return false;
        }
        // Headers the Connection header names are hop-by-hop too.
        String connection = all.get("Connection");
        if (connection != null) {
            for (String listed : connection.split(",")) {
                if (listed.trim().equalsIgnoreCase(name)) {
                    return false;
                }
            }
        }
        return true;
    }

    static boolean passesBack(String name) {
        return !HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT));
    }
}
