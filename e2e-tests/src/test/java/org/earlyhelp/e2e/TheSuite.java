package org.earlyhelp.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the suite once for the whole test run, whichever {@link EndToEnd} class comes first,
 * and stops it after the last test (the root context's store closes its values then) or, if the
 * JVM ends first, from a shutdown hook. A suite that failed to start fails every class at once
 * with the launcher's output instead of being started again.
 */
public final class TheSuite implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TheSuite.class);
    private static volatile RunningSuite running;

    @Override
    public void beforeAll(ExtensionContext context) {
        Startup startup = context.getRoot().getStore(NAMESPACE).computeIfAbsent(Startup.class, key -> Startup.attempt(),
                Startup.class);
        running = startup.suite();
        startup.forgetEarlierRuns();
    }

    /** The running suite; only inside an {@link EndToEnd} test. */
    public static RunningSuite running() {
        RunningSuite suite = running;
        if (suite == null) {
            throw new IllegalStateException("The suite is not started: annotate the test class with @EndToEnd");
        }
        return suite;
    }

    /** One attempt to start the suite, and what came of it. Closed with the root context: stops the suite. */
    private static final class Startup implements AutoCloseable {

        private final RunningSuite suite;
        private final RuntimeException failure;

        private Startup(RunningSuite suite, RuntimeException failure) {
            this.suite = suite;
            this.failure = failure;
        }

        static Startup attempt() {
            try {
                RunningSuite suite = RunningSuite.start();
                Runtime.getRuntime().addShutdownHook(new Thread(suite::close, "stop-e2e-suite"));
                return new Startup(suite, null);
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                return new Startup(null, new IllegalStateException("The suite did not start", e));
            }
        }

        private boolean prepared;

        /**
         * Keycloak's data outlives a run (it is reused under {@code target/}); a run that died in the middle
         * of the wrong-issuer attack would leave the realm's frontend URL set, so it is cleared first.
         */
        synchronized void forgetEarlierRuns() {
            if (!prepared) {
                KeycloakAdmin.frontendUrl("");
                prepared = true;
            }
        }

        RunningSuite suite() {
            if (failure != null) {
                throw failure;
            }
            return suite;
        }

        @Override
        public void close() {
            if (suite != null) {
                suite.close();
            }
        }
    }
}
