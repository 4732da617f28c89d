import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up to ready of each service (issue 11), measured as the suite benchmark does it: the suite
 * runs (started by the launcher, as the README does), and each service's own command line and
 * working directory, read from {@code /proc}, are started again on a spare port beside it. Figures:
 * seconds from process start to {@code 200} on {@code /q/health/ready}; the CPU seconds the process
 * used until then (all its threads: steadier than wall time on a machine others share); Quarkus's
 * own "started in".
 *
 * <p>{@code --before=<other checkout>} also times that checkout's build in the same run, run by run
 * in turn with this one so both see the same machine. Its command is the one its launcher made: this
 * one's with the checkout's path swapped, the JVM options {@code --before-java-options} (default: the
 * launcher's defaults before issue 11's start-up work), no class-data archive, and the checkout as
 * working directory.
 *
 * <pre>
 * ./mvnw -B -ntp -q package -DskipTests
 * java bench/StartupTimes.java [--runs=5] [--before=/path/to/other/checkout]
 * </pre>
 *
 * A single-file program run from source, so that it can time any two builds without a build of its own.
 */
public final class StartupTimes {

    private static final String[] SERVICES = {"directory-service", "referral-service", "case-service", "consent-service", "gateway"};
    private static final String OPTIONS_END = "-Dquarkus.log.console.json.enabled=false";
    private static final Pattern STARTED_IN = Pattern.compile("started in (\\d+\\.\\d+)s");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    /** One way of starting a service: command line and working directory. */
    record Launch(List<String> command, Path directory) {
    }

    /** One start: seconds to ready, CPU seconds until then, Quarkus's "started in". */
    record Sample(double ready, double cpu, double startedIn) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        Path root = Path.of(options.getOrDefault("root", ".")).toAbsolutePath().normalize();
        Path before = options.containsKey("before") ? Path.of(options.get("before")).toAbsolutePath().normalize() : null;
        List<String> beforeOptions = Arrays.asList(options.getOrDefault("before-java-options",
                "-Xms64m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1").trim().split("\\s+"));
        int runs = Integer.parseInt(options.getOrDefault("runs", "5"));
        Path work = root.resolve("bench/target/startup");
        Files.createDirectories(work);

        Process suite = startSuite(root, work);
        String load = Files.readString(Path.of("/proc/loadavg")).trim();
        try {
            Map<String, Launch> launches = runningLaunches(work);
            Map<String, Map<String, List<Sample>>> samples = new LinkedHashMap<>();
            System.out.printf("==> Each service started again beside the suite, %d runs%s%n", runs,
                    before == null ? "" : ", in turn with the build in " + before);
            for (String service : SERVICES) {
                Launch launch = launches.get(service);
                Map<String, List<Sample>> byBuild = samples.computeIfAbsent(service, any -> new LinkedHashMap<>());
                for (int run = 0; run < runs; run++) {
                    if (before != null) {
                        byBuild.computeIfAbsent("before", any -> new ArrayList<>())
                                .add(time(asBuiltIn(launch, root, before, beforeOptions), work.resolve("before-" + service + ".log")));
                    }
                    byBuild.computeIfAbsent("this", any -> new ArrayList<>()).add(time(launch, work.resolve(service + ".log")));
                }
                byBuild.forEach((build, each) -> System.out.printf(Locale.ROOT, "    %-18s %-6s %s%n", service, build, describe(each)));
            }
            System.out.println();
            System.out.printf("load average (1, 5, 15 min) when the starts began: %s; when they ended: %s%n", load,
                    Files.readString(Path.of("/proc/loadavg")).trim());
            System.out.println("medians            build   ready after (s)   CPU until ready (s)   Quarkus \"started in\" (s)");
            samples.forEach((service, byBuild) -> byBuild.forEach((build, each) -> System.out.printf(Locale.ROOT,
                    "%-18s %-6s  %16.2f   %19.2f   %24.2f%n", service, build, median(each, Sample::ready),
                    median(each, Sample::cpu), median(each, Sample::startedIn))));
            List<String> referral = launches.get("referral-service").command();
            System.out.println("this:   " + String.join(" ", referral.subList(1, referral.indexOf(OPTIONS_END))));
            if (before != null) {
                System.out.println("before: " + String.join(" ", beforeOptions));
            }
        } finally {
            suite.destroy(); // SIGTERM: the launcher stops its children and PostgreSQL
            suite.waitFor(90, TimeUnit.SECONDS);
        }
    }

    private static Process startSuite(Path root, Path work) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin/java").toString(),
                "-jar", root.resolve("local-stack/target/local-stack.jar").toString(), "--root=" + root, "--work-dir=" + work));
        for (String name : List.of("gateway", "directory", "referral", "case", "consent", "keycloak", "db")) {
            command.add("--" + name + "-port=" + freePort());
        }
        Path log = work.resolve("stack.log");
        System.out.println("==> Starting the suite (log: " + log + ")");
        Process suite = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(12);
        while (System.nanoTime() < deadline) {
            String text = Files.exists(log) ? Files.readString(log) : "";
            if (text.contains("Early Help Hub is up")) {
                return suite;
            }
            if (!suite.isAlive()) {
                throw new IllegalStateException("The suite stopped while starting:\n" + text);
            }
            Thread.sleep(500);
        }
        suite.destroy();
        throw new IllegalStateException("The suite did not come up in 12 minutes; see " + log);
    }

    /** Command lines and working directories of what the launcher started, read from /proc by the names in its pid file. */
    private static Map<String, Launch> runningLaunches(Path work) throws IOException {
        Map<String, Launch> launches = new LinkedHashMap<>();
        for (String line : Files.readAllLines(work.resolve("pids"))) {
            String[] parts = line.trim().split(" ", 2);
            Path proc = Path.of("/proc", parts[0]);
            if (Files.exists(proc.resolve("cmdline"))) {
                List<String> command = List.of(new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8).split("\0"));
                launches.put(parts[1], new Launch(command, Files.readSymbolicLink(proc.resolve("cwd"))));
            }
        }
        return launches;
    }

    /** How the launcher of another checkout started the same service: its JVM options, its paths, no archive, from its root. */
    private static Launch asBuiltIn(Launch launch, Path root, Path other, List<String> javaOptions) {
        List<String> command = new ArrayList<>();
        command.add(launch.command().get(0));
        command.addAll(javaOptions);
        launch.command().subList(launch.command().indexOf(OPTIONS_END), launch.command().size())
                .forEach(arg -> command.add(arg.replace(root + "/", other + "/")));
        return new Launch(command, other);
    }

    /** One start on a spare port; the process is stopped after. */
    private static Sample time(Launch launch, Path log) throws Exception {
        int port = freePort();
        List<String> command = launch.command().stream()
                .map(arg -> arg.startsWith("-Dquarkus.http.port=") ? "-Dquarkus.http.port=" + port : arg)
                .toList();
        long begin = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(launch.directory().toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            URI ready = URI.create("http://127.0.0.1:" + port + "/q/health/ready");
            long deadline = begin + TimeUnit.MINUTES.toNanos(3);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("exited before it was ready; see " + log);
                }
                try {
                    if (HTTP.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        double seconds = (System.nanoTime() - begin) / 1e9;
                        double cpu = cpuSeconds(process.pid());
                        Matcher started = STARTED_IN.matcher(Files.readString(log));
                        return new Sample(seconds, cpu, started.find() ? Double.parseDouble(started.group(1)) : Double.NaN);
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(20);
            }
            throw new IllegalStateException("not ready within 3 minutes; see " + log);
        } finally {
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** User and system CPU time of a process so far, from /proc/PID/stat (fields 14 and 15, in clock ticks of 1/100 s). */
    private static double cpuSeconds(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    }

    private static String describe(List<Sample> samples) {
        StringBuilder text = new StringBuilder();
        for (Sample each : samples) {
            text.append(String.format(Locale.ROOT, "%.2f/%.2f ", each.ready(), each.cpu()));
        }
        return text.append(String.format(Locale.ROOT, "(ready s/CPU s) -> median %.2f s", median(samples, Sample::ready))).toString();
    }

    private static double median(List<Sample> samples, java.util.function.ToDoubleFunction<Sample> figure) {
        double[] values = samples.stream().mapToDouble(figure).sorted().toArray();
        return values[values.length / 2];
    }

    /** Ports handed out already: the kernel may offer a closed probe's port again on the next call. */
    private static final java.util.Set<Integer> HANDED_OUT = new java.util.HashSet<>();

    private static int freePort() throws IOException {
        while (true) {
            try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getByName("127.0.0.1"))) {
                if (HANDED_OUT.add(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            }
        }
    }
}
