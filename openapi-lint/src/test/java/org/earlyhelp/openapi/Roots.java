package org.earlyhelp.openapi;

import java.nio.file.Files;
import java.nio.file.Path;

final class Roots {

    private Roots() {
    }

    /** The repository's root: where the build started, else the parent of this module. */
    static Path project() {
        String root = System.getProperty("earlyhelp.root");
        Path path = root == null || root.isBlank() ? Path.of("").toAbsolutePath().getParent() : Path.of(root);
        return Files.exists(path.resolve("openapi-lint/package.json")) ? path : Path.of("").toAbsolutePath().getParent();
    }
}
