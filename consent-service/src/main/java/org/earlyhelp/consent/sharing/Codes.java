package org.earlyhelp.consent.sharing;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Looks up an enum constant by its wire code, naming the allowed codes when the code is unknown. */
final class Codes {

    private Codes() {
    }

    static <E extends Enum<E>> E of(Class<E> type, String code, Function<E, String> codeOf) {
        for (E constant : type.getEnumConstants()) {
            if (codeOf.apply(constant).equals(code)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("'" + code + "' is not one of "
                + Arrays.stream(type.getEnumConstants()).map(codeOf).collect(Collectors.joining(", ")));
    }
}
