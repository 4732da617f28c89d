package org.earlyhelp.e2e;

/**
 * What end-to-end classes share and must not change under one another when a class runs beside the others
 * ({@code @Execution(CONCURRENT)}, see {@code junit-platform.properties}): read with {@code @ResourceLock(value = …,
 * mode = READ)}, changed with the default {@code READ_WRITE}.
 */
public final class SuiteLocks {

    /** The running suite itself: {@link LocalSuiteTest} stops it. */
    public static final String RUNNING_SUITE = "the running suite";
    /** The issuer Keycloak writes into tokens: TokenAttackTest changes it for a moment. */
    public static final String TOKEN_ISSUER = "the realm's token issuer";

    private SuiteLocks() {
    }
}
