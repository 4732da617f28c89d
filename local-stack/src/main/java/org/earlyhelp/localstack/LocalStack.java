package org.earlyhelp.localstack;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar local-stack/target/local-stack.jar}: starts the whole suite and keeps it
 * running until Ctrl-C (SIGINT) or SIGTERM, then stops everything it started. Exits non-zero,
 * naming the component, if anything fails to start.
 */
public final class LocalStack {

    private static final String[][] DEMO_LOGINS = {
            {"pc.hughes", "northshire-police", "practitioner"},
            {"hub.patel", "northshire-early-help", "hub-triage, practitioner"},
            {"hv.morgan", "northshire-health-visiting", "practitioner, case-lead"},
            {"dr.singh", "eastmere-surgery", "practitioner"},
            {"teacher.evans", "eastmere-academy", "practitioner"},
            {"mh.osei", "northshire-mental-health", "practitioner"},
            {"dwp.ahmed", "dwp-northshire", "practitioner"},
            {"recovery.cole", "northshire-recovery", "practitioner"},
            {"worker.lee", "brightstart-family-support", "practitioner, case-lead"},
            {"admin.directory", "northshire-early-help", "directory-admin"},
            {"auditor.dpo", "northshire-early-help", "auditor"},
            {"dpo.reid", "northshire-early-help", "data-protection-officer"},
            {"csc.duty", "northshire-childrens-social-care", "practitioner (children's social care front door)"},
    };

    private LocalStack() {
    }

    public static void main(String[] args) throws InterruptedException {
        // The embedded PostgreSQL narrates every step at INFO; only its warnings belong on the console.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        PrintStream out = System.out;
        StackOptions options;
        try {
            options = StackOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }

        Stack stack = new Stack(options, out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("Stopping Early Help Hub ...");
            stack.close();
            out.println("Stopped; nothing left running.");
            stopped.countDown();
        }, "local-stack-stop"));
        try {
            stack.start();
        } catch (ChildProcess.ComponentFailed e) {
            System.err.println("FAILED: " + e.getMessage() + ". Last lines of " + e.log() + ":");
            System.err.println(ChildProcess.tail(e.log(), 30));
            System.err.println("Everything else that was started has been stopped.");
            System.exit(1);
            return;
        } catch (Exception e) {
            System.err.println("FAILED: " + e.getMessage());
            System.err.println("Everything else that was started has been stopped.");
            System.exit(1);
            return;
        }

        printWelcome(options, stack.databasePort(), out);
        stopped.await();
    }

    private static void printWelcome(StackOptions options, int databasePort, PrintStream out) {
        String gateway = options.gatewayUrl();
        out.println();
        out.println("  Web pages     " + gateway + "/  (sign in with a demo login below)");
        out.println("  Gateway       " + gateway);
        out.println("  Swagger UI    " + gateway + "/q/swagger-ui");
        out.println("  Keycloak      " + options.keycloakUrl() + "/admin  (console: " + Keycloak.DEMO_ADMIN + " / "
                + Keycloak.DEMO_ADMIN_PASSWORD + ", demo only)");
        out.println("  Logs          " + options.workDir().resolve("logs"));
        if (options.dbUrl() == null) {
            out.println("  Data          " + options.dataDir() + "  (PostgreSQL on 127.0.0.1:" + databasePort
                    + ", user postgres; kept when the suite stops; --reset starts empty; backups: README)");
        }
        out.println();
        out.println("  Demo logins (password 'demo-password' for all; demo data only):");
        for (String[] login : DEMO_LOGINS) {
            out.printf("    %-16s %-33s %s%n", login[0], login[1], login[2]);
        }
        out.println("  Partner systems (client credentials): police-records-system / police-records-system-demo-secret,");
        out.println("                                        brightstart-system / brightstart-system-demo-secret,");
        out.println("                                        csc-front-door-system / csc-front-door-system-demo-secret");
        out.println();
        out.println("  Try it:");
        out.println("    TOKEN=$(curl -s -d grant_type=password -d client_id=early-help-web -d username=pc.hughes \\");
        out.println("      -d password=demo-password " + options.keycloakUrl()
                + "/realms/early-help/protocol/openid-connect/token | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/')");
        out.println("    curl -H \"Authorization: Bearer $TOKEN\" " + gateway + "/api/referrals");
        out.println();
        out.println("  Press Ctrl-C to stop everything.");
    }
}
