package org.earlyhelp.platform.http;

import java.net.URI;
import java.util.Arrays;

/** Problem {@code type}s and titles: every problem names its {@link ProblemKind}, never {@code about:blank}. */
public final class ProblemTypes {

    public static final URI VALIDATION = ProblemKind.VALIDATION.type();
    public static final URI MALFORMED_JSON = ProblemKind.MALFORMED_JSON.type();

    private ProblemTypes() {
    }

    /** The title of the kind a bare status stands for. */
    public static String title(int status) {
        return ProblemKind.of(status).title();
    }

    /** The title of the kind whose type this is, else of the status. */
    public static String title(URI type, int status) {
        return Arrays.stream(ProblemKind.values()).filter(kind -> kind.type().equals(type)).findFirst()
                .map(ProblemKind::title).orElseGet(() -> title(status));
    }

    /** The type of the kind a bare status stands for. */
    public static URI forStatus(int status) {
        return ProblemKind.of(status).type();
    }
}
