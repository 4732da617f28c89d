package org.earlyhelp.directory;

import org.earlyhelp.platform.test.Tokens;

/** Who calls the directory in tests. */
public final class Callers {

    private Callers() {
    }

    public static String directoryAdmin() {
        return Tokens.user("admin.directory").agency("northshire-early-help", "local-authority").roles("directory-admin").bearer();
    }

    public static String practitioner() {
        return Tokens.user("worker.lee").agency("brightstart-family-support", "charity").roles("practitioner", "case-lead").bearer();
    }
}
