package io.lushagraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Measures the gateway against its simulator, each in its own process on loopback, and prints a table. Run after
 * {@code ./mvnw package -DskipTests}: {@code java src/test/java/io/lushagraph/bench/Benchmark.java}. Every figure
 * and its baseline come from the same run. Pacing and the simulator's rate limit are off, so that the baselines
 * (one call per item) measure batching alone; nothing but 127.0.0.1 is contacted.
 */
public final class Benchmark {

    static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    static final int SIM_PORT = 18181;
    static final String KEY = "Bearer bench-key";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final List<String[]> rows = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException("Build first: ./mvnw package -DskipTests");
        }
        new Benchmark().run();
    }

    void run() throws Exception {
        try (Instance sim = Instance.start("simulator", SIM_PORT, List.of("-Dlusha.simulator.enabled=true",
                "-Dlusha.simulator.rate-limit-per-second=0", "-Dlusha.simulator.daily-quota=100000000",
                "-Dlusha.simulator.hourly-quota=100000000", "-Dlusha.simulator.minute-quota=100000000",
                "-Dlusha.simulator.credits=100000000"))) {
            rows.add(row("simulator start-up to ready", "", ms(sim.startup), "", ""));
            nested(sim);
            concurrentSingles(sim);
            try (Instance gateway = gateway("gateway", 18180, List.of())) {
                warmUp(gateway, sim);
                catalog(gateway);
                overhead(sim, gateway);
                rows.add(row("gateway start-up to ready", "", ms(gateway.startup), "", ""));
                rows.add(row("gateway resident memory after the runs", "", gateway.rssMb() + " MB", "", ""));
            }
        }
        print();
    }

    // A nested query of 1,000 people with their company and signals: batching on, then one call per item.
    void nested(Instance sim) throws Exception {
        List<String> ids = sample(sim, 2_000, 20_000);
        String query = "query($l: [PersonLookup!]!) { persons(lookups: $l) { person { id company { name } "
                + "signals { type } } } }";
        String[] results = new String[2];
        long[] calls = new long[2];
        String[][] variants = { {}, { "-Dgateway.batch.max-size=1", "-Dgateway.batch.window=0" } };
        for (int v = 0; v < 2; v++) {
            try (Instance gateway = gateway("nested-" + v, 18182 + v, List.of(variants[v]))) {
                warmUp(gateway, sim);
                List<String> batch = ids.subList(v * 1000, v * 1000 + 1000);
                reset(sim);
                long start = System.nanoTime();
                String answer = post(gateway, query, "{\"l\":[" + batch.stream().map(id -> "{\"id\":\"" + id + "\"}")
                        .collect(Collectors.joining(",")) + "]}");
                long elapsed = System.nanoTime() - start;
                if (!answer.contains("\"persons\"")) {
                    throw new IllegalStateException("nested query failed: " + answer.substring(0, 300));
                }
                calls[v] = upstreamCalls(sim);
                results[v] = ms(elapsed);
            }
        }
        rows.add(row("1,000 people with company and signals", calls[0] + " calls, " + results[0],
                calls[1] + " calls, " + results[1], ratio(calls[1], calls[0]) + " fewer calls", "batching off"));
    }

    // 500 concurrent single lookups: coalescing on, then off (window 0).
    void concurrentSingles(Instance sim) throws Exception {
        List<String> ids = sample(sim, 1_000, 40_000);
        String[][] variants = { {}, { "-Dgateway.batch.window=0" } };
        String[] summary = new String[2];
        long[] calls = new long[2];
        for (int v = 0; v < 2; v++) {
            try (Instance gateway = gateway("singles-" + v, 18184 + v, List.of(variants[v]))) {
                warmUp(gateway, sim);
                reset(sim);
                List<String> batch = ids.subList(v * 500, v * 500 + 500);
                Latencies latencies = new Latencies();
                long start = System.nanoTime();
                List<CompletableFuture<?>> all = new ArrayList<>();
                for (String id : batch) {
                    all.add(timedPost(gateway, "query($l: PersonLookup!) { person(lookup: $l) { id } }",
                            "{\"l\":{\"id\":\"" + id + "\"}}", latencies));
                }
                CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
                double seconds = (System.nanoTime() - start) / 1e9;
                calls[v] = upstreamCalls(sim);
                summary[v] = calls[v] + " calls, p50 " + latencies.p(50) + " p99 " + latencies.p(99) + ", "
                        + Math.round(500 / seconds) + " req/s";
            }
        }
        rows.add(row("500 concurrent single person lookups", summary[0], summary[1],
                ratio(calls[1], calls[0]) + " fewer calls", "coalescing off"));
    }

    // A cached catalog at saturation: 32 clients back to back for 5 s.
    void catalog(Instance gateway) throws Exception {
        String query = "{ contactFilters { departments { id } } }";
        post(gateway, query, "{}");
        Latencies latencies = new Latencies();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        List<CompletableFuture<?>> clients = new ArrayList<>();
        for (int c = 0; c < 32; c++) {
            clients.add(CompletableFuture.runAsync(() -> {
                while (System.nanoTime() < end) {
                    timedPost(gateway, query, "{}", latencies).join();
                }
            }));
        }
        CompletableFuture.allOf(clients.toArray(CompletableFuture[]::new)).join();
        rows.add(row("cached catalog at saturation (32 clients)", Math.round(latencies.count() / 5.0) + " req/s, p50 "
                + latencies.p(50) + " p99 " + latencies.p(99), "", "", "no upstream call"));
    }

    // The gateway's overhead: the same person lookups at 100 req/s through the gateway and straight to Lusha.
    void overhead(Instance sim, Instance gateway) throws Exception {
        List<String> ids = sample(sim, 1_000, 60_000);
        Latencies direct = openLoop(100, 500, i -> HTTP.sendAsync(HttpRequest.newBuilder(URI.create(sim.url(
                "/lusha-sim/v2/person?personId=" + ids.get(i)))).header("api_key", "sim-key").GET().build(),
                HttpResponse.BodyHandlers.ofString()));
        Latencies through = openLoop(100, 500, i -> HTTP.sendAsync(graphql(gateway,
                "query($l: PersonLookup!) { person(lookup: $l) { id } }", "{\"l\":{\"id\":\"" + ids.get(500 + i)
                        + "\"}}"),
                HttpResponse.BodyHandlers.ofString()));
        rows.add(row("person at 100 req/s: through the gateway vs direct", "p50 " + through.p(50) + " p99 "
                + through.p(99), "p50 " + direct.p(50) + " p99 " + direct.p(99),
                "overhead p50 "
                        + (through.raw(50) - direct.raw(50)) + " ms, p99 " + (through.raw(99) - direct.raw(99))
                        + " ms",
                "direct GET /v2/person"));
    }

    Latencies openLoop(int perSecond, int total, java.util.function.IntFunction<CompletableFuture<?>> send)
            throws InterruptedException {
        Latencies latencies = new Latencies();
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        List<CompletableFuture<?>> sent = Collections.synchronizedList(new ArrayList<>());
        long period = TimeUnit.SECONDS.toNanos(1) / perSecond;
        for (int i = 0; i < total; i++) {
            int n = i;
            clock.schedule(() -> {
                long start = System.nanoTime();
                sent.add(send.apply(n).whenComplete((r, e) -> latencies.add(System.nanoTime() - start)));
            }, n * period, TimeUnit.NANOSECONDS);
        }
        clock.shutdown();
        clock.awaitTermination(total / perSecond + 30L, TimeUnit.SECONDS);
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
        return latencies;
    }

    Instance gateway(String name, int port, List<String> extra) throws Exception {
        List<String> flags = new ArrayList<>(List.of("-Dlusha.base-url=http://127.0.0.1:" + SIM_PORT + "/lusha-sim",
                "-Dlusha.api-key=sim-key", "-Dgateway.upstream.pacing.per-second=0",
                "-Dgateway.tenants.bench.api-key=bench-key",
                "-Dgateway.tenants.bench.rate-limit.per-second=1000000",
                "-Dgateway.tenants.bench.rate-limit.burst=1000000", "-Dgateway.tenants.bench.credits.daily=100000000",
                "-Dgateway.tenants.bench.max-query-cost=100000000", "-Dgateway.query.max-root-fields=1000"));
        flags.addAll(extra);
        return Instance.start(name, port, flags);
    }

    // JIT and connection warm-up before anything is measured: lookups of people no scenario uses, and catalogs.
    static void warmUp(Instance gateway, Instance sim) {
        List<String> ids = sample(sim, 400, 90_000);
        List<CompletableFuture<?>> sent = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            for (int i = round * 100; i < round * 100 + 100; i++) {
                sent.add(timedPost(gateway, "query($l: PersonLookup!) { person(lookup: $l) { id } }",
                        "{\"l\":{\"id\":\"" + ids.get(i) + "\"}}", new Latencies()));
                sent.add(timedPost(gateway, "{ contactFilters { departments { id } } }", "{}", new Latencies()));
            }
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
        }
    }

    static List<String> sample(Instance sim, int n, int offset) {
        List<String> found = new ArrayList<>();
        for (int from = offset; found.size() < n; from += 100) {
            String body = get(sim.url("/lusha-sim/_admin/sample?entity=person&n=100&offset=" + from));
            Matcher ids = Pattern.compile("\"id\"\\s*:\\s*\"?(\\d+)").matcher(body);
            while (ids.find() && found.size() < n) {
                found.add(ids.group(1));
            }
        }
        return found;
    }

    static void reset(Instance sim) throws Exception {
        HTTP.send(HttpRequest.newBuilder(URI.create(sim.url("/lusha-sim/_admin/reset")))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
    }

    static long upstreamCalls(Instance sim) {
        String stats = get(sim.url("/lusha-sim/_admin/stats"));
        String requests = stats.substring(stats.indexOf("\"requests\""), stats.indexOf('}', stats.indexOf("\"requests\"")));
        Matcher counts = Pattern.compile(":\\s*(\\d+)").matcher(requests);
        long sum = 0;
        while (counts.find()) {
            sum += Long.parseLong(counts.group(1));
        }
        return sum;
    }

    static HttpRequest graphql(Instance gateway, String query, String variables) {
        String body = "{\"query\":\"" + query.replace("\"", "\\\"") + "\",\"variables\":" + variables + "}";
        return HttpRequest.newBuilder(URI.create(gateway.url("/graphql"))).header("Authorization", KEY)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static String post(Instance gateway, String query, String variables) {
        try {
            return HTTP.send(graphql(gateway, query, variables), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static CompletableFuture<?> timedPost(Instance gateway, String query, String variables, Latencies latencies) {
        long start = System.nanoTime();
        return HTTP.sendAsync(graphql(gateway, query, variables), HttpResponse.BodyHandlers.ofString())
                .whenComplete((r, e) -> latencies.add(System.nanoTime() - start));
    }

    static String get(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static String ms(long nanos) {
        return String.format("%.0f ms", nanos / 1e6);
    }

    static String ratio(long baseline, long measured) {
        return measured == 0 ? "n/a" : String.format("%.1fx", (double) baseline / measured);
    }

    static String[] row(String... cells) {
        return cells;
    }

    void print() throws IOException {
        String machine = Runtime.getRuntime().availableProcessors() + " cores, "
                + Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " ") + ", Java "
                + System.getProperty("java.version");
        System.out.println();
        System.out.println("Machine: " + machine);
        System.out.println();
        System.out.println("| measurement | gateway | baseline | ratio | baseline is |");
        System.out.println("|---|---|---|---|---|");
        rows.forEach(r -> System.out.println("| " + String.join(" | ", r) + " |"));
    }

    /** Latencies in nanoseconds, reported in milliseconds. */
    static final class Latencies {
        private final ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();

        void add(long value) {
            nanos.add(value);
        }

        int count() {
            return nanos.size();
        }

        long raw(int percentile) {
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            int index = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
            return sorted.get(Math.max(0, index)) / 1_000_000;
        }

        String p(int percentile) {
            return raw(percentile) + " ms";
        }
    }

    /** One application process on loopback, stopped when closed. */
    static final class Instance implements AutoCloseable {
        final Process process;
        final int port;
        final long startup;

        private Instance(Process process, int port, long startup) {
            this.process = process;
            this.port = port;
            this.startup = startup;
        }

        static Instance start(String name, int port, List<String> flags) throws Exception {
            List<String> command = new ArrayList<>(List.of("java", "-Xmx1g", "-Dquarkus.http.port=" + port,
                    "-Dquarkus.http.host=127.0.0.1", "-Dgateway.optout.pepper=bench",
                    "-Dgateway.store.url=jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1",
                    "-Dquarkus.log.console.json.enabled=false", "-Dquarkus.log.level=WARN"));
            command.addAll(flags);
            command.addAll(List.of("-jar", JAR.toString()));
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(Path.of("target", "bench-" + name + ".log").toFile()).start();
            Instance instance = new Instance(process, port, 0);
            long deadline = start + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                try {
                    if (HTTP.send(HttpRequest.newBuilder(URI.create(instance.url("/q/health/ready"))).GET().build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return new Instance(process, port, System.nanoTime() - start);
                    }
                } catch (IOException notYet) {
                    Thread.sleep(20);
                }
            }
            process.destroy();
            throw new IllegalStateException(name + " did not become ready; see target/bench-" + name + ".log");
        }

        String url(String path) {
            return "http://127.0.0.1:" + port + path;
        }

        long rssMb() throws IOException {
            return Files.readAllLines(Path.of("/proc/" + process.pid() + "/status")).stream()
                    .filter(l -> l.startsWith("VmRSS")).map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024)
                    .findFirst().orElse(-1L);
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
