package org.earlyhelp.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whole-suite performance: starts the suite as the README does (on free ports, in
 * {@code bench/target/run}), seeds a county's worth of data, then measures with wrk over
 * loopback, each figure beside its baselines from the same run: pgbench's single-row insert and a
 * bare Quarkus insert endpoint. Prints a table and writes it to {@code docs/performance.md}.
 * Run by {@code bench/run.sh}; options {@code --seconds=20 --connections=8 --sustain=60 --write-doc=true}.
 */
public final class SuiteBenchmark {

    private static final PrintStream OUT = System.out;
    private static final String[] SERVICES = {"directory-service", "referral-service", "case-service", "consent-service", "gateway"};

    private final Map<String, String> options;
    private final Path root;
    private final Path work;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final List<String> table = new ArrayList<>();
    private final List<Process> started = new ArrayList<>();
    private Process suite;
    private int postgresPort;
    private double suiteUpSeconds;

    private SuiteBenchmark(Map<String, String> options) throws IOException {
        this.options = options;
        this.root = Path.of(options.getOrDefault("root", ".")).toAbsolutePath().normalize();
        this.work = root.resolve("bench/target/run");
        Files.createDirectories(work);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        SuiteBenchmark bench = new SuiteBenchmark(options);
        Runtime.getRuntime().addShutdownHook(new Thread(bench::stopAll));
        try {
            bench.run();
            if (Boolean.parseBoolean(options.getOrDefault("hold", "false"))) {
                bench.hold();
            }
        } finally {
            bench.stopAll();
        }
    }

    /** --hold=true: keep the seeded suite running for a look inside (EXPLAIN, profiles) until the program is stopped. */
    private void hold() throws InterruptedException {
        OUT.printf("==> Holding the suite: PostgreSQL on port %d, ports %s; stop with Ctrl-C or SIGTERM%n", postgresPort, ports);
        Thread.sleep(Long.MAX_VALUE);
    }

    private int option(String name, int otherwise) {
        return Integer.parseInt(options.getOrDefault(name, String.valueOf(otherwise)));
    }

    private void run() throws Exception {
        Wrk.requireInstalled();
        int seconds = option("seconds", 20);
        int connections = option("connections", 8);
        int sustain = option("sustain", 60);
        Wrk wrk = new Wrk(work, 2);

        startSuite();
        Seeder seeder = new Seeder("127.0.0.1", postgresPort);
        String police = token("pc.hughes");

        OUT.println("==> Seeding");
        long seedStart = System.nanoTime();
        UUID template = submitTemplate(police);
        UUID accepted = submitTemplate(police);
        accept(accepted, token("hub.patel"));
        seeder.services(option("services", 5000));
        List<UUID> readable = seeder.referrals(template, option("referrals", 50_000), "northshire-police");
        seeder.cases(seeder.caseOf(accepted, Duration.ofMinutes(2)), option("cases", 10_000));
        seeder.createBenchDatabase();
        OUT.printf("    %d services, %d referrals (%d people), %d cases in %.0f s%n", seeder.count("directory", "service"),
                seeder.count("referral", "referral"), seeder.count("referral", "referral_person"),
                seeder.count("case", "early_help_case"), (System.nanoTime() - seedStart) / 1e9);
        Files.write(work.resolve("referral-ids.txt"), readable.stream().map(UUID::toString).toList());

        int bare = startBareInsert();
        String direct = "http://127.0.0.1:";
        String gateway = direct + ports.get("gateway");

        int warm = option("warm-seconds", 15);
        OUT.println("==> Warming up (JIT, pools, caches): every measured path, direct and through the gateway, " + warm + " s each");
        // Tokens live 5 minutes (realm setting): each phase below fetches fresh ones. Every line measured below is
        // warmed on both sides first, so that no side is measured while its JIT still compiles that line's code: the
        // gateway runs C2 (decision 0022), whose profiling tier is slower than C1 until its hot methods are compiled.
        String postLua = postReferralLua(token("pc.hughes"));
        String readLua = readReferralLua(token("pc.hughes"));
        String caseloadLua = getLua(token("hv.morgan"));
        wrk.run("warm-post", direct + ports.get("referral") + "/api/referrals", postLua, connections, warm, 0);
        wrk.run("warm-post-gateway", gateway + "/api/referrals", postLua, connections, warm, 0);
        wrk.run("warm-read", direct + ports.get("referral") + "/api/referrals", readLua, connections, warm, 0);
        wrk.run("warm-read-gateway", gateway + "/api/referrals", readLua, connections, warm, 0);
        wrk.run("warm-search", direct + ports.get("directory") + "/oruk/services", searchLua(), connections, warm, 0);
        wrk.run("warm-search-gateway", gateway + "/oruk/services", searchLua(), connections, warm, 0);
        wrk.run("warm-caseload", direct + ports.get("case") + "/api/caseload?scope=agency", caseloadLua, connections, warm, 0);
        wrk.run("warm-caseload-gateway", gateway + "/api/caseload?scope=agency", caseloadLua, connections, warm, 0);
        wrk.run("warm-bare", direct + bare + "/bare", bareLua(), connections, 5, 0);

        OUT.println("==> Baselines");
        Pgbench pgbench = new Pgbench(work, postgresPort);
        Pgbench.Result insert = pgbench.run(connections, seconds);
        Wrk.Result bareInsert = wrk.run("bare insert endpoint", direct + bare + "/bare", bareLua(), connections, seconds, 0);

        OUT.println("==> Suite, saturated (closed loop, " + connections + " connections)");
        postLua = postReferralLua(token("pc.hughes"));
        readLua = readReferralLua(token("pc.hughes"));
        List<Wrk.Result> results = new ArrayList<>();
        // Direct and through the gateway in alternating rounds (--rounds, default 2), so both see the same machine.
        int rounds = option("rounds", 2);
        Wrk.Result[] post = wrk.alternate("POST referral, direct", direct + ports.get("referral") + "/api/referrals",
                "POST referral, gateway", gateway + "/api/referrals", postLua, connections, seconds, rounds);
        Wrk.Result postDirect = post[0];
        Wrk.Result postGateway = post[1];
        readLua = readReferralLua(token("pc.hughes"));
        Wrk.Result[] read = wrk.alternate("GET referral, direct", direct + ports.get("referral") + "/api/referrals",
                "GET referral, gateway", gateway + "/api/referrals", readLua, connections, seconds, rounds);
        Wrk.Result readDirect = read[0];
        Wrk.Result readGateway = read[1];
        Wrk.Result[] search = wrk.alternate("ORUK search, direct", direct + ports.get("directory") + "/oruk/services",
                "ORUK search, gateway", gateway + "/oruk/services", searchLua(), connections, seconds, rounds);
        Wrk.Result searchDirect = search[0];
        Wrk.Result searchGateway = search[1];
        results.addAll(List.of(postDirect, postGateway, readDirect, readGateway, searchDirect, searchGateway));
        String healthVisitor = token("hv.morgan");
        if (reachable(direct + ports.get("case") + "/api/caseload", healthVisitor)) {
            results.addAll(List.of(wrk.alternate("GET caseload, direct", direct + ports.get("case") + "/api/caseload?scope=agency",
                    "GET caseload, gateway", gateway + "/api/caseload?scope=agency", getLua(healthVisitor), connections, seconds,
                    rounds)));
        } else {
            OUT.println("    (case-service has no /api/caseload yet: caseload not measured)");
        }

        OUT.println("==> Reads at half the saturation rate; referral POST at 25% of pgbench's rate for " + sustain + " s");
        readLua = readReferralLua(token("pc.hughes"));
        // Both sides paced at the same rate (half the gateway's saturated one), alternating: the latency the hop adds
        // when neither side queues, beside the saturated p50s above (which mostly restate the throughput ratio).
        Wrk.Result[] readHalf = wrk.alternate("GET referral, direct, half rate", direct + ports.get("referral") + "/api/referrals",
                "GET referral, gateway, half rate", gateway + "/api/referrals", readLua, connections, seconds, rounds,
                readGateway.throughput() / 2);
        Wrk.Result[] searchHalf = wrk.alternate("ORUK search, direct, half rate", direct + ports.get("directory") + "/oruk/services",
                "ORUK search, gateway, half rate", gateway + "/oruk/services", searchLua(), connections, seconds, rounds,
                searchGateway.throughput() / 2);
        // One connection at 50 requests a second: what the hop adds to a lone request, with nothing queued anywhere.
        Wrk.Result[] lone = wrk.alternate("GET referral, direct, 1 conn 50/s", direct + ports.get("referral") + "/api/referrals",
                "GET referral, gateway, 1 conn 50/s", gateway + "/api/referrals", readLua, 1, seconds, rounds, 50);
        postLua = postReferralLua(token("pc.hughes"));
        Wrk.Result postSustained = wrk.run("POST referral, gateway, 25% pgbench", gateway + "/api/referrals", postLua,
                connections, sustain, insert.tps() * 0.25);
        results.addAll(List.of(readHalf[0], readHalf[1], searchHalf[0], searchHalf[1], lone[0], lone[1], postSustained));

        Map<String, Long> rss = residentSetSizes();
        Map<String, Double> startup = startupTimes(option("startup-runs", 3));

        report(connections, seconds, insert, bareInsert, results, postDirect, postGateway, readDirect, readGateway,
                searchDirect, searchGateway, readHalf, searchHalf, lone, postSustained, rss, startup);
    }

    // ------------------------------------------------------------------ the suite

    private void startSuite() throws Exception {
        for (String name : List.of("gateway", "directory", "referral", "case", "consent", "keycloak")) {
            ports.put(name, freePort());
        }
        // One wrk client is one gateway client: lift its per-client limits (default and the directory's own) so the
        // gateway is measured forwarding, not throttling.
        List<String> command = new ArrayList<>(List.of(java(), "-Dearlyhelp.gateway.rate-limit.requests=1000000000",
                "-Dearlyhelp.gateway.backends.directory.rate-limit.requests=1000000000",
                "-Dearlyhelp.java-options=" + javaOptions(), "-jar", root.resolve("local-stack/target/local-stack.jar").toString(),
                "--root=" + root, "--work-dir=" + work, "--reset", "--db-port=0"));
        ports.forEach((name, port) -> command.add("--" + name + "-port=" + port));
        Path log = work.resolve("stack.log");
        OUT.println("==> Starting the suite (log: " + root.relativize(log) + ")");
        long begin = System.nanoTime();
        suite = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Pattern pg = Pattern.compile("PostgreSQL up \\(.* on port (\\d+)\\)");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(12);
        while (System.nanoTime() < deadline) {
            String text = Files.exists(log) ? Files.readString(log) : "";
            Matcher m = pg.matcher(text);
            if (m.find()) {
                postgresPort = Integer.parseInt(m.group(1));
            }
            if (text.contains("Early Help Hub is up")) {
                suiteUpSeconds = (System.nanoTime() - begin) / 1e9;
                OUT.printf("    up in %.1f s (PostgreSQL on port %d)%n", suiteUpSeconds, postgresPort);
                return;
            }
            if (!suite.isAlive()) {
                throw new IllegalStateException("The suite stopped while starting; see " + log + "\n" + text);
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The suite did not come up in 12 minutes; see " + log);
    }

    private int startBareInsert() throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(List.of(javaOptions().split("\\s+")));
        command.addAll(List.of("-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port,
                "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:" + postgresPort + "/bench",
                "-jar", root.resolve("bench/bare-insert/target/quarkus-app/quarkus-run.jar").toString()));
        Process bare = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(work.resolve("bare-insert.log").toFile()).start();
        started.add(bare);
        awaitReady("http://127.0.0.1:" + port + "/q/health/ready", "http://127.0.0.1:" + port + "/bare", Duration.ofMinutes(2));
        return port;
    }

    /**
     * Seconds from process start to a ready answer, for each service started alone beside the running suite: the
     * launcher's command line and working directory (a class-data archive names its jar relative to it).
     */
    private Map<String, Double> startupTimes(int runs) throws Exception {
        OUT.println("==> Start-up to ready, each service alone, " + runs + " runs (median)");
        Map<String, Double> times = new LinkedHashMap<>();
        Map<String, List<String>> commands = runningCommands();
        Map<String, Path> directories = runningDirectories();
        for (String service : runs == 0 ? new String[0] : SERVICES) {
            List<String> command = commands.get(service);
            if (command == null) {
                continue;
            }
            List<Double> samples = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                int port = freePort();
                List<String> again = command.stream()
                        .map(arg -> arg.startsWith("-Dquarkus.http.port=") ? "-Dquarkus.http.port=" + port : arg)
                        .collect(Collectors.toCollection(ArrayList::new));
                long begin = System.nanoTime();
                Process process = new ProcessBuilder(again).directory(directories.get(service).toFile()).redirectErrorStream(true)
                        .redirectOutput(work.resolve("startup-" + service + ".log").toFile()).start();
                try {
                    awaitReady("http://127.0.0.1:" + port + "/q/health/ready", null, Duration.ofMinutes(3));
                    samples.add((System.nanoTime() - begin) / 1e9);
                } finally {
                    process.destroy();
                    process.waitFor(30, TimeUnit.SECONDS);
                }
            }
            samples.sort(Double::compare);
            times.put(service, samples.get(samples.size() / 2));
            OUT.printf("    %-18s %.2f s %s%n", service, samples.get(samples.size() / 2), samples);
        }
        return times;
    }

    /** The command lines the launcher started, read from /proc, by the names in its pid file. */
    private Map<String, List<String>> runningCommands() throws IOException {
        Map<String, List<String>> commands = new LinkedHashMap<>();
        for (Map.Entry<String, Long> each : pids().entrySet()) {
            Path cmdline = Path.of("/proc/" + each.getValue() + "/cmdline");
            if (Files.exists(cmdline)) {
                String raw = new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8);
                commands.put(each.getKey(), List.of(raw.split("\0")));
            }
        }
        return commands;
    }

    /** The working directory of each process the launcher started, read from /proc. */
    private Map<String, Path> runningDirectories() throws IOException {
        Map<String, Path> directories = new LinkedHashMap<>();
        for (Map.Entry<String, Long> each : pids().entrySet()) {
            Path cwd = Path.of("/proc/" + each.getValue() + "/cwd");
            if (Files.exists(cwd)) {
                directories.put(each.getKey(), Files.readSymbolicLink(cwd));
            }
        }
        return directories;
    }

    private Map<String, Long> pids() throws IOException {
        Map<String, Long> pids = new LinkedHashMap<>();
        for (String line : Files.readAllLines(work.resolve("pids"))) {
            String[] parts = line.trim().split(" ", 2);
            pids.put(parts[1], Long.parseLong(parts[0]));
        }
        return pids;
    }

    /**
     * VmRSS of each started process with its descendants that are not listed themselves: Keycloak's JVM runs
     * below the kc.sh wrapper, PostgreSQL's processes below the launcher (local-stack), the services beside them.
     */
    private Map<String, Long> residentSetSizes() throws IOException {
        Map<String, Long> pids = pids();
        Map<String, Long> rss = new LinkedHashMap<>();
        for (Map.Entry<String, Long> each : pids.entrySet()) {
            ProcessHandle.of(each.getValue()).ifPresent(process -> rss.put(each.getKey(),
                    treeKilobytes(process, java.util.Set.copyOf(pids.values())) / 1024));
        }
        return rss;
    }

    private static long treeKilobytes(ProcessHandle process, java.util.Set<Long> listed) {
        long total = residentKilobytes(process.pid());
        for (ProcessHandle child : process.children().toList()) {
            if (!listed.contains(child.pid())) {
                total += treeKilobytes(child, listed);
            }
        }
        return total;
    }

    private static long residentKilobytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException gone) {
            // the process ended between listing and reading
        }
        return 0;
    }

    private void stopAll() {
        for (Process each : started) {
            each.destroy();
        }
        if (suite != null && suite.isAlive()) {
            suite.destroy(); // SIGTERM: the launcher stops its children and PostgreSQL
            try {
                suite.waitFor(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    // ------------------------------------------------------------------ requests

    private String token(String user) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports.get("keycloak")
                        + "/realms/early-help/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&client_id=early-help-web&username=" + user + "&password=demo-password"))
                .build();
        String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(body);
        if (!token.find()) {
            throw new IllegalStateException("No token for " + user + " from Keycloak: " + body);
        }
        return token.group(1);
    }

    private UUID submitTemplate(String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports.get("referral") + "/api/referrals"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(referralBody("Jayden", "Whitfield", "Sarah")))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(response.body());
        if (response.statusCode() != 201 || !id.find()) {
            throw new IllegalStateException("Template referral refused: " + response.statusCode() + " " + response.body());
        }
        return UUID.fromString(id.group(1));
    }

    /**
     * The hub takes the referral into triage, records the family's consent for health visiting to receive it (referral-
     * service asks consent-service for a permit before accepting) and accepts it for early help with health visiting as lead.
     */
    private void accept(UUID referral, String hub) throws Exception {
        String base = "http://127.0.0.1:" + ports.get("referral") + "/api/referrals/" + referral;
        send(HttpRequest.newBuilder(URI.create(base + "/triage")).header("Authorization", "Bearer " + hub)
                .header("If-Match", etag(base, hub)).POST(HttpRequest.BodyPublishers.noBody()).build());
        String read = http.send(HttpRequest.newBuilder(URI.create(base)).header("Authorization", "Bearer " + hub).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher person = Pattern.compile("\"personId\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(read);
        while (person.find()) {
            consentToLead(person.group(1), hub);
        }
        send(HttpRequest.newBuilder(URI.create(base + "/accept")).header("Authorization", "Bearer " + hub)
                .header("If-Match", etag(base, hub)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"leadAgency\":\"northshire-health-visiting\"}")).build());
    }

    /** consent-service learns that the hub screens the person's area from the referral feed a moment later: 404 until then. */
    private void consentToLead(String person, String hub) throws Exception {
        String consent = "{\"personId\":\"" + person + "\",\"personName\":\"Family member\",\"grantor\":{\"kind\":"
                + "\"parent-with-parental-responsibility\",\"name\":\"Sarah Whitfield\"},\"method\":\"verbal\",\"status\":\"active\","
                + "\"provisions\":[{\"type\":\"permit\",\"purposes\":[\"early-help-assessment\"],"
                + "\"recipientAgencies\":[\"northshire-health-visiting\"],\"dataCategories\":[\"identity\",\"contact\",\"concerns\"]}]}";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports.get("consent") + "/api/consents"))
                .header("Authorization", "Bearer " + hub).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(consent)).build();
        for (int attempt = 0; attempt < 120; attempt++) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 404) {
                if (response.statusCode() >= 300) {
                    throw new IllegalStateException("Consent refused: " + response.statusCode() + " " + response.body());
                }
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("consent-service never learnt of person " + person + " from the referral feed");
    }

    private String etag(String url, String token) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .build(), HttpResponse.BodyHandlers.ofString());
        return response.headers().firstValue("ETag").orElseThrow(() -> new IllegalStateException("No ETag on " + url));
    }

    private void send(HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private boolean reachable(String url, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }

    private void awaitReady(String health, String orElse, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                int status = http.send(HttpRequest.newBuilder(URI.create(health)).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200 || (status == 404 && orElse != null)) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException(health + " not ready within " + timeout);
    }

    /** A referral like a school's: one child, one parent, an attendance concern. */
    static String referralBody(String child, String last, String parent) {
        return referralBody(child, last, parent, LocalDate.now().minusYears(13).toString(), "1985-03-02", "EM1 4AB");
    }

    static String referralBody(String child, String last, String parent, String born, String parentBorn, String postcode) {
        return ("{\"children\":[{\"firstName\":\"%s\",\"lastName\":\"%s\",\"dateOfBirth\":\"%s\",\"sex\":\"male\","
                + "\"address\":{\"line1\":\"12 Mill Lane\",\"town\":\"Eastmere\",\"postcode\":\"%s\"},\"school\":\"Eastmere Academy\"}],"
                + "\"household\":[{\"firstName\":\"%s\",\"lastName\":\"%s\",\"dateOfBirth\":\"%s\",\"relationship\":\"mother\"}],"
                + "\"concerns\":[{\"category\":\"education\",\"description\":\"Attendance below 80%% this term\",\"since\":\"%s\","
                + "\"severity\":\"medium\"}],\"whatHasBeenTried\":\"Meetings with the family at school\","
                + "\"familyViews\":\"Mum says things have been hard\",\"family\":{\"knows\":true,\"agrees\":true},"
                + "\"urgency\":\"routine\",\"helpRequested\":\"Family support worker\",\"area\":\"eastmere\"}")
                .formatted(child, last, born, postcode, parent, last, parentBorn, LocalDate.now().minusMonths(2));
    }

    /**
     * Each POST names a different family (drawn from the seed's name lists, with dates of birth spread as a county's
     * are), as live referrals would. Until 2026-11-26 15:00 every parent was born on 1985-03-02: each POST then
     * compared its parent's name with every earlier POST's parent, a cost that grew through the run and that live
     * referrals do not have.
     */
    private static String postReferralLua(String token) {
        String template = referralBody("FIRST", "LAST", "PARENT", "CHILDBORN", "PARENTBORN", "POSTCODE").replace("\"", "\\\"");
        return """
                local first = {%s}
                local last = {%s}
                local template = "%s"
                math.randomseed(os.time())
                request = function()
                  local body = template:gsub("CHILDBORN", string.format("%%d-%%02d-%%02d", math.random(2008, 2024), math.random(12), math.random(28)))
                      :gsub("PARENTBORN", string.format("%%d-%%02d-%%02d", math.random(1970, 2000), math.random(12), math.random(28)))
                      :gsub("FIRST", first[math.random(#first)]):gsub("PARENT", first[math.random(#first)])
                      :gsub("LAST", last[math.random(#last)])
                      :gsub("POSTCODE", string.format("EM%%d %%d%%s", math.random(9), math.random(9), ({"AB", "QT", "LX", "HD"})[math.random(4)]))
                  return wrk.format("POST", nil, {["Authorization"] = "Bearer %s", ["Content-Type"] = "application/json"}, body)
                end
                """.formatted(luaList(Seeder.FIRST), luaList(Seeder.LAST), template, token);
    }

    /** GET /api/referrals/{id} for a random one of the police's seeded referrals. */
    private String readReferralLua(String token) {
        return """
                local ids = {}
                for line in io.lines("%s") do ids[#ids + 1] = line end
                math.randomseed(os.time())
                request = function()
                  return wrk.format("GET", wrk.path .. "/" .. ids[math.random(#ids)], {["Authorization"] = "Bearer %s"})
                end
                """.formatted(work.resolve("referral-ids.txt"), token);
    }

    /** ORUK full-text search ({@code search}, ORUK 3.0's name) for one or two random words of the seed's vocabulary, first page of 10. */
    private static String searchLua() {
        return """
                local words = {%s}
                math.randomseed(os.time())
                request = function()
                  local text = words[math.random(#words)]
                  if math.random(2) == 1 then text = text .. "%%20" .. words[math.random(#words)] end
                  return wrk.format("GET", wrk.path .. "?search=" .. text .. "&per_page=10")
                end
                """.formatted(luaList(Seeder.WORDS));
    }

    private static String getLua(String token) {
        return """
                request = function()
                  return wrk.format("GET", nil, {["Authorization"] = "Bearer %s"})
                end
                """.formatted(token);
    }

    private static String bareLua() {
        String body = referralBody("Jayden", "Whitfield", "Sarah").replace("\"", "\\\"");
        return """
                request = function()
                  return wrk.format("POST", nil, {["Content-Type"] = "application/json"}, "%s")
                end
                """.formatted(body);
    }

    private static String luaList(String[] values) {
        return java.util.Arrays.stream(values).map(v -> "\"" + v + "\"").collect(Collectors.joining(","));
    }

    // ------------------------------------------------------------------ report

    private void report(int connections, int seconds, Pgbench.Result insert, Wrk.Result bare, List<Wrk.Result> results,
            Wrk.Result postDirect, Wrk.Result postGateway, Wrk.Result readDirect, Wrk.Result readGateway,
            Wrk.Result searchDirect, Wrk.Result searchGateway, Wrk.Result[] readHalf, Wrk.Result[] searchHalf, Wrk.Result[] lone,
            Wrk.Result postSustained, Map<String, Long> rss,
            Map<String, Double> startup) throws IOException {
        line("```");
        line(String.format(Locale.ROOT, "%-38s %9s %8s %8s %8s %7s", "measurement", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors"));
        line(String.format(Locale.ROOT, "%-38s %9.0f %8.2f %8s %8s %7d", "pgbench single-row insert (baseline)", insert.tps(),
                insert.averageMs(), "-", "-", insert.failed()));
        for (Wrk.Result r : concat(List.of(bare), results)) {
            line(String.format(Locale.ROOT, "%-38s %9.0f %8.2f %8.2f %8.2f %7d", r.name(), r.throughput(), r.p50(), r.p95(),
                    r.p99(), r.errors()));
        }
        line("");
        line("ratios");
        ratio("POST referral: gateway / direct throughput", postGateway.throughput() / postDirect.throughput());
        ratio("GET referral: gateway / direct throughput", readGateway.throughput() / readDirect.throughput());
        ratio("ORUK search: gateway / direct throughput", searchGateway.throughput() / searchDirect.throughput());
        line(String.format(Locale.ROOT, "  %-52s %+7.2f ms", "GET referral: p50 added by the gateway", readGateway.p50() - readDirect.p50()));
        line(String.format(Locale.ROOT, "  %-52s %+7.2f ms", "ORUK search: p50 added by the gateway",
                searchGateway.p50() - searchDirect.p50()));
        line(String.format(Locale.ROOT, "  %-52s %+7.2f ms", "GET referral: p50 added by the gateway, half rate",
                readHalf[1].p50() - readHalf[0].p50()));
        line(String.format(Locale.ROOT, "  %-52s %+7.2f ms", "ORUK search: p50 added by the gateway, half rate",
                searchHalf[1].p50() - searchHalf[0].p50()));
        line(String.format(Locale.ROOT, "  %-52s %+7.2f ms", "GET referral: p50 added by the gateway, 1 conn 50/s",
                lone[1].p50() - lone[0].p50()));
        ratio("POST referral via gateway / pgbench insert TPS", postGateway.throughput() / insert.tps());
        ratio("POST referral via gateway / bare insert endpoint", postGateway.throughput() / bare.throughput());
        ratio("bare insert endpoint / pgbench insert TPS", bare.throughput() / insert.tps());
        line(String.format(Locale.ROOT, "  %-52s %7.0f req/s, %d errors", "sustained POST (target 25% of pgbench)",
                postSustained.throughput(), postSustained.errors()));
        line("");
        line(String.format(Locale.ROOT, "%-18s %16s %16s", "process", "ready after (s)", "RSS after load"));
        for (Map.Entry<String, Long> each : rss.entrySet()) {
            Double ready = startup.get(each.getKey());
            line(String.format(Locale.ROOT, "%-18s %16s %13d MB", each.getKey(), ready == null ? "-" : String.format(Locale.ROOT,
                    "%.2f", ready), each.getValue()));
        }
        line(String.format(Locale.ROOT, "whole suite up (launcher, incl. Keycloak): %.1f s", suiteUpSeconds));
        line("```");
        if (Boolean.parseBoolean(options.getOrDefault("write-doc", "true"))) {
            writeDoc(connections, seconds);
        }
    }

    private void writeDoc(int connections, int seconds) throws IOException {
        Path doc = root.resolve("docs/performance.md");
        String marker = "<!-- bench/run.sh writes below this line -->";
        String head = Files.exists(doc) ? Files.readString(doc) : "# Performance\n\n" + marker + "\n";
        head = head.contains(marker) ? head.substring(0, head.indexOf(marker) + marker.length()) : head + "\n" + marker;
        String run = """

                ## Last run: %s, %d cores (`nproc`), load average before the run %s

                Command: `bash bench/run.sh %s` (%d connections, %d s per measurement; direct and gateway lines in %d alternating rounds; wrk %s).
                JVM options of services, gateway and bare endpoint: `%s`.

                %s
                """.formatted(LocalDate.now(), Runtime.getRuntime().availableProcessors(), loadAverage(),
                options.entrySet().stream().filter(e -> !e.getKey().equals("root"))
                        .map(e -> "--" + e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" ")),
                connections, seconds, option("rounds", 2), "4.1.0", javaOptions(), String.join("\n", table));
        Files.writeString(doc, head + "\n" + run);
        OUT.println("Wrote " + root.relativize(doc));
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private void ratio(String what, double value) {
        line(String.format(Locale.ROOT, "  %-52s %7.2f", what, value));
    }

    private void line(String text) {
        OUT.println(text);
        table.add(text);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Every JVM's options (the launcher's one line unless {@code --java-options=...}); the bare endpoint gets the same. */
    private String javaOptions() {
        return options.getOrDefault("java-options", "-Xms64m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1");
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** Ports handed out already: the kernel may offer a closed probe's port again on the next call. */
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    static int freePort() throws IOException {
        while (true) {
            try (ServerSocket socket = new ServerSocket(0)) {
                if (HANDED_OUT.add(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            }
        }
    }
}
