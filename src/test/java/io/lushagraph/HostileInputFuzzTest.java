package io.lushagraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.lushagraph.store.Store;
import io.lushagraph.webhook.Deliveries;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Seeded fuzzing of the two public endpoints, as an attacker would: random and mutated GraphQL documents, variables,
 * headers and JSON at {@code /graphql}, and random, truncated, oversized and badly signed deliveries at
 * {@code /webhooks/lusha}. No answer may be a 5xx or hang, none may hold a stack trace, nothing may be logged at
 * ERROR, and no unauthenticated delivery may be stored. Every input is drawn from one seeded {@link Random}
 * ({@code -Dfuzz.seed}, {@code -Dfuzz.cases}) before anything is sent, so a failure is reproduced by its seed; each
 * failing input is printed. (jqwik's generators need jqwik's own lifecycle, which a Quarkus test does not run in.)
 */
@QuarkusTest
class HostileInputFuzzTest {

    static final long SEED = Long.getLong("fuzz.seed", 20_261_203L);
    static final int CASES = Integer.getInteger("fuzz.cases", 2_000);
    static final int IN_FLIGHT = 4;
    /**
     * Kinds of request shape left out of a run, comma-separated (e.g. {@code -Dfuzz.exclude=operationName-type}):
     * they are still drawn, so the other cases stay those of the seed, but not sent. Empty by default.
     */
    static final List<String> EXCLUDED = List.of(System.getProperty("fuzz.exclude", "").split(",")).stream()
            .filter(s -> !s.isBlank()).toList();
    static final ObjectMapper JSON = new ObjectMapper();

    static final List<String> DOCUMENTS = List.of(
            "{ me { tenant admin maxQueryCost } }",
            "query Person($l: PersonLookup!) { person(lookup: $l) { id fullName emails { address } } }",
            "query($l: [CompanyLookup!]!) { companies(lookups: $l) { company { id name } error { code message } } }",
            "query($p: PageInput) { searchContacts(page: $p) { requestId contacts { id } } }",
            "{ contactFilters { departments { id name } } }",
            "subscription { optOutEvents { contactId } }",
            "mutation { enrichContacts(requestId: \"r\", contactIds: [\"a\", \"b\"]) { contactId error { code } } }",
            "query A { me { ...f } } query B { me { tenant } } fragment f on Me { tenant admin }",
            "{ __schema { queryType { name } types { name fields { name } } } }",
            "query($r: RangeInput) { searchCompanies(filters: { employees: $r }) { requestId } }",
            "{ a: person(lookup: { id: \"1\" }) { id } b: company(lookup: { domain: \"acme.com\" }) { id } }",
            "{ companyLookalikes(seeds: { domains: [\"a.com\"] }, limit: 3) { hasMore results { name } } }");
    static final String PUNCTUATION = "{}()[]:$!.@,\"\\#=|&'`\n\t ";
    static final List<String> ACCEPTS = List.of("application/json", "application/graphql-response+json", "*/*",
            "text/html", "application/xml;q=0.1", "", ";;;", "application/json; charset=latin1");
    static final List<String> CONTENT_TYPES = List.of("application/json", "application/json", "application/json",
            "application/json; charset=utf-8", "application/graphql", "text/plain", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "application/json; charset=ebcdic", "");
    static final List<String> KEYS = List.of("Bearer acme-test-key", "Bearer acme-test-key", "Bearer acme-test-key",
            "Bearer nope", "Basic YWNtZTp4", "Bearer ", "Bearer eyJhbGciOiJub25lIn0.eyJ0ZW5hbnQiOiJhY21lIn0.",
            "bearer acme-test-key", "");

    @TestHTTPResource("/")
    URI root;

    @Inject
    Store store;

    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final Errors errors = new Errors();

    /** A request as sent, kept to print when its answer is wrong. */
    record Case(int index, String method, String path, Map<String, String> headers, String body, String shape) {

        @Override
        public String toString() {
            String shown = body == null ? ""
                    : body.length() > 300 ? body.substring(0, 300) + "...(" + body.length()
                            + " chars)" : body;
            return "#" + index + " [" + shape + "] " + method + " /" + path + " " + headers + " " + shown;
        }
    }

    /** Collects ERROR records (SEVERE in java.util.logging) while the fuzz runs. */
    static final class Errors extends Handler {
        final List<String> lines = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                lines.add(record.getLoggerName() + ": " + record.getMessage()
                        + (record.getThrown() == null ? "" : " " + record.getThrown()));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @BeforeEach
    void listen() {
        Simulator.reset();
        Logger.getLogger("").addHandler(errors);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger("").removeHandler(errors);
    }

    static final String ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    @SafeVarargs
    static <T> T oneOf(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }

    /** Up to {@code max} characters of any kind: ASCII, control characters, other planes, lone surrogates. */
    static String text(Random random, int max) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(max + 1); i > 0; i--) {
            text.append(switch (random.nextInt(6)) {
                case 0 -> (char) random.nextInt(0x20);
                case 1 -> (char) random.nextInt(0x10000);
                case 2 -> PUNCTUATION.charAt(random.nextInt(PUNCTUATION.length()));
                default -> (char) (0x20 + random.nextInt(0x5f));
            });
        }
        return text.toString();
    }

    static String ascii(Random random, int max) {
        return chars(random, null, 0, max);
    }

    /** Between {@code min} and {@code max} characters from {@code alphabet} (printable ASCII when null). */
    static String chars(Random random, String alphabet, int min, int max) {
        StringBuilder text = new StringBuilder();
        for (int i = min + random.nextInt(max - min + 1); i > 0; i--) {
            text.append(alphabet == null ? (char) (0x20 + random.nextInt(0x5f))
                    : alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    @Test
    void graphqlAnswersHostileRequestsWithoutServerErrors() throws Exception {
        Random random = new Random(SEED);
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            cases.add(graphqlCase(i, random));
        }
        List<String> failures = run(cases);
        report("/graphql", failures);
    }

    @Test
    void webhooksRefuseUnauthenticatedDeliveriesAndStoreNothing() throws Exception {
        Deliveries deliveries = Deliveries.install(store, Instant.now());
        Random random = new Random(SEED + 1);
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            cases.add(webhookCase(i, random, deliveries.nowSeconds()));
        }
        List<String> failures = run(cases);
        assertThat(storedDeliveries()).as("rows stored from unauthenticated deliveries").isZero();
        report("/webhooks/lusha", failures);
    }

    private void report(String endpoint, List<String> failures) {
        List<String> logged = new ArrayList<>(errors.lines);
        System.out.println("Fuzz of " + endpoint + ": seed " + SEED + ", " + CASES + " cases, " + failures.size()
                + " failed, " + logged.size() + " ERROR log records");
        failures.forEach(f -> System.out.println("FUZZ FAILURE " + f));
        logged.forEach(l -> System.out.println("FUZZ ERROR LOG " + l));
        assertThat(failures).as("fuzz failures of %s with seed %d (-Dfuzz.seed)", endpoint, SEED).isEmpty();
        assertThat(logged).as("ERROR log records during the fuzz of %s, seed %d", endpoint, SEED).isEmpty();
    }

    // ---------------------------------------------------------------- /graphql

    private Case graphqlCase(int index, Random random) throws Exception {
        Map<String, String> headers = new LinkedHashMap<>();
        // Mostly a valid tenant and an acceptable answer type, so that most cases reach the GraphQL engine.
        String key = random.nextInt(10) < 8 ? "Bearer acme-test-key" : KEYS.get(random.nextInt(KEYS.size()));
        if (!key.isEmpty()) {
            headers.put("Authorization", key);
        }
        headers.put("Accept", random.nextInt(10) < 8 ? ACCEPTS.get(random.nextInt(3))
                : ACCEPTS.get(random.nextInt(ACCEPTS.size())));
        String contentType = random.nextInt(10) < 8 ? "application/json"
                : CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size()));
        if (!contentType.isEmpty()) {
            headers.put("Content-Type", contentType);
        }
        if (random.nextInt(20) == 0) {
            headers.put("X-Tenant-Id", ascii(random, 8_000));
        }
        String shape = contentType.equals("application/json") || contentType.equals("application/json; charset=utf-8")
                ? ""
                : "content-type";
        int kind = random.nextInt(100);
        if (kind < 3) {
            String path = random.nextBoolean() ? "graphql/schema.graphql" : "graphql";
            return new Case(index, "OPTIONS", path, headers, null, "options");
        }
        if (kind < 6) {
            String query = URLEncoder.encode(mutate(document(random), random), StandardCharsets.UTF_8);
            return new Case(index, "GET", "graphql?query=" + query, headers, null, "get");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        int part = random.nextInt(100);
        body.put("query", part < 5 ? randomJson(random, 2) : mutate(document(random), random));
        if (random.nextInt(3) > 0) {
            boolean wrongType = random.nextInt(10) == 0;
            body.put("variables", wrongType ? randomJson(random, 2) : variables(random));
            if (wrongType && !(body.get("variables") instanceof Map<?, ?>) && body.get("variables") != null) {
                shape = join(shape, "variables-type");
            }
        }
        if (random.nextInt(4) == 0) {
            Object name = random.nextInt(4) == 0 ? randomJson(random, 1)
                    : oneOf(random, "Person", "A", "B", "", "Nope");
            body.put("operationName", name);
            if (name != null && !(name instanceof String)) {
                shape = join(shape, "operationName-type");
            }
        }
        if (random.nextInt(10) == 0) {
            body.put("extensions", randomJson(random, 3));
        }
        String text = JSON.writeValueAsString(body);
        int damage = random.nextInt(100);
        if (damage < 5) {
            text = text.substring(0, random.nextInt(text.length() + 1));
        } else if (damage < 8) {
            text = "[" + text + "," + text + "]";
        } else if (damage < 10) {
            int depth = 200 + random.nextInt(5_000);
            text = "{\"query\":\"{ me { tenant } }\",\"variables\":{\"l\":" + "[".repeat(depth) + "]".repeat(depth)
                    + "}}";
            shape = join(shape, "deep-json");
        } else if (damage < 12) {
            text = text(random, 300);
        }
        return new Case(index, "POST", "graphql", headers, text, shape.isEmpty() ? "document" : shape);
    }

    private static String join(String shape, String more) {
        return shape.isEmpty() ? more : shape + "," + more;
    }

    private static String document(Random random) {
        return DOCUMENTS.get(random.nextInt(DOCUMENTS.size()));
    }

    /** A document with a few random edits: cut, repeated, spliced with punctuation or random text. */
    private static String mutate(String document, Random random) {
        String text = document;
        int edits = random.nextInt(4);
        for (int e = 0; e < edits && !text.isEmpty(); e++) {
            int at = random.nextInt(text.length());
            int end = Math.min(text.length(), at + random.nextInt(12));
            text = switch (random.nextInt(6)) {
                case 0 -> text.substring(0, at) + text.substring(end);
                case 1 -> text.substring(0, at) + PUNCTUATION.charAt(random.nextInt(PUNCTUATION.length()))
                        + text.substring(at);
                case 2 -> text.substring(0, at) + text(random, 10)
                        + text.substring(at);
                case 3 -> text.substring(0, end) + text.substring(at, end).repeat(1 + random.nextInt(50))
                        + text.substring(end);
                case 4 -> text.substring(0, at) + " " + oneOf(random, "__typename", "...f", "@skip(if: true)", "$l", "null",
                        "99999999999999999999", "1e400", "-0", "\"\\u0000\"", "query", "{", "}") + " " + text.substring(at);
                default -> text.substring(0, at);
            };
        }
        return text;
    }

    /** Variables for the documents, mostly of the right shape, with hostile values in them. */
    private static Map<String, Object> variables(Random random) {
        Map<String, Object> lookup = new LinkedHashMap<>();
        String field = oneOf(random, "id", "email", "domain", "firstName", "lastName", "linkedinUrl",
                "companyName", "nope");
        lookup.put(field, random.nextInt(5) == 0 ? randomJson(random, 2)
                : text(random, random.nextInt(20) == 0 ? 5_000 : 30));
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("l", random.nextBoolean() ? lookup : List.of(lookup, lookup));
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("page", number(random));
        page.put("size", number(random));
        variables.put("p", page);
        Map<String, Object> range = new LinkedHashMap<>();
        range.put("min", number(random));
        variables.put("r", range);
        return variables;
    }

    private static Object number(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> random.nextInt();
            case 1 -> random.nextLong();
            case 2 -> new java.math.BigInteger(100, random).negate();
            case 3 -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(40));
            case 4 -> new java.math.BigDecimal("1e400");
            default -> random.nextInt(60);
        };
    }

    /** Any JSON value: null, booleans, numbers, strings, lists and objects, nested up to {@code depth}. */
    private static Object randomJson(Random random, int depth) {
        int kind = random.nextInt(depth > 0 ? 7 : 5);
        return switch (kind) {
            case 0 -> null;
            case 1 -> random.nextBoolean();
            case 2 -> number(random);
            case 3, 4 -> text(random, 20);
            case 5 -> {
                List<Object> list = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    list.add(randomJson(random, depth - 1));
                }
                yield list;
            }
            default -> {
                Map<String, Object> object = new LinkedHashMap<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    object.put(text(random, 6), randomJson(random, depth - 1));
                }
                yield object;
            }
        };
    }

    // ---------------------------------------------------------------- /webhooks/lusha

    private Case webhookCase(int index, Random random, long now) throws Exception {
        Map<String, String> headers = new LinkedHashMap<>();
        String body = switch (random.nextInt(random.nextInt(20) == 0 ? 6 : 5)) {
            case 0 -> text(random, 400);
            case 1 -> JSON.writeValueAsString(randomJson(random, 3));
            case 2 -> {
                String payload = signalPayload(random);
                yield payload.substring(0, random.nextInt(payload.length() + 1));
            }
            case 5 -> "x".repeat(250_000 + random.nextInt(30_000));
            default -> signalPayload(random);
        };
        String timestamp = switch (random.nextInt(5)) {
            case 0 -> null;
            case 1 -> Long.toString(now - 3_600);
            case 2 -> text(random, 20);
            default -> Long.toString(now);
        };
        String signature = switch (random.nextInt(6)) {
            case 0 -> null;
            case 1 -> text(random, 80);
            case 2 -> "sha256=" + chars(random, "0123456789abcdef", 64, 64);
            case 3 -> {
                // signed over another body: authentic for nothing that is sent
                String signed = Deliveries.sign(timestamp == null ? Long.toString(now) : timestamp,
                        (body + " ").getBytes(StandardCharsets.UTF_8));
                yield signed;
            }
            case 4 -> {
                // right body, one character changed
                String signed = Deliveries.sign(timestamp == null ? Long.toString(now) : timestamp,
                        body.getBytes(StandardCharsets.UTF_8));
                int at = random.nextInt(signed.length());
                yield signed.substring(0, at) + (signed.charAt(at) == '0' ? '1' : '0') + signed.substring(at + 1);
            }
            default -> chars(random, "0123456789abcdefABCDEF", 0, 128);
        };
        if (timestamp != null) {
            headers.put("X-Lusha-Timestamp", timestamp);
        }
        if (signature != null) {
            headers.put("X-Lusha-Signature", signature);
        }
        int contentType = random.nextInt(10);
        if (contentType < 7) {
            headers.put("Content-Type", "application/json");
        } else if (contentType < 9) {
            headers.put("Content-Type", oneOf(random, "text/plain", "application/xml", "application/json; x=\"", "*/*"));
        }
        return new Case(index, "POST", "webhooks/lusha", headers, body, "unauthenticated");
    }

    private static String signalPayload(Random random) throws Exception {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("personId", chars(random, ALPHANUMERIC, 0, 12));
        data.put("signalType", oneOf(random, "promotion", "companyChange", "nope", ""));
        data.put("timestamp", oneOf(random, "2026-12-01T10:00:00Z", "yesterday", ""));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", chars(random, ALPHANUMERIC, 0, 20));
        payload.put("type", oneOf(random, "signal", "optOut", "test", "??"));
        payload.put("subscriptionId", chars(random, ALPHANUMERIC, 0, 20));
        payload.put("data", data);
        return JSON.writeValueAsString(payload);
    }

    private int storedDeliveries() throws Exception {
        try (Connection c = store.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("select count(*) from webhook_inbox")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    // ---------------------------------------------------------------- running

    /** Sends every case, a few at a time, and returns a description of each wrong answer. */
    private List<String> run(List<Case> all) throws Exception {
        List<Case> cases = all.stream()
                .filter(c -> EXCLUDED.stream().noneMatch(excluded -> List.of(c.shape().split(",")).contains(excluded)))
                .toList();
        if (!EXCLUDED.isEmpty()) {
            System.out.println("Fuzz: " + (all.size() - cases.size()) + " cases of " + EXCLUDED + " left out");
        }
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        for (int from = 0; from < cases.size(); from += IN_FLIGHT) {
            List<Case> batch = cases.subList(from, Math.min(cases.size(), from + IN_FLIGHT));
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (Case c : batch) {
                answers.add(client.sendAsync(request(c), HttpResponse.BodyHandlers.ofString()));
            }
            for (int i = 0; i < batch.size(); i++) {
                statuses.merge(status(answers.get(i)), 1, Integer::sum);
                String problem = problem(answers.get(i));
                if (problem != null) {
                    failures.add(problem + " <- " + batch.get(i));
                }
            }
        }
        System.out.println("Fuzz: answers by HTTP status (0: none) " + statuses);
        return failures;
    }

    private static int status(CompletableFuture<HttpResponse<String>> pending) {
        try {
            return pending.get().statusCode();
        } catch (Exception noAnswer) {
            return 0;
        }
    }

    private HttpRequest request(Case c) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(root.resolve(c.path())).timeout(Duration.ofSeconds(10));
        c.headers().forEach((name, value) -> {
            try {
                builder.header(name, value);
            } catch (IllegalArgumentException refusedByTheClient) {
                // a header value the HTTP client will not send: the case goes without it
            }
        });
        HttpRequest.BodyPublisher body = c.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(c.body());
        return builder.method(c.method(), body).build();
    }

    private static String problem(CompletableFuture<HttpResponse<String>> pending) {
        HttpResponse<String> answer;
        try {
            answer = pending.get();
        } catch (Exception noAnswer) {
            return "no answer (" + noAnswer.getCause() + ")";
        }
        String body = answer.body() == null ? "" : answer.body();
        if (answer.statusCode() >= 500) {
            return "HTTP " + answer.statusCode() + " " + excerpt(body);
        }
        if (body.contains("\tat ") || body.contains("\"stack\"") || body.contains("Exception:")
                || body.contains("java.lang.")) {
            return "stack trace in HTTP " + answer.statusCode() + " " + excerpt(body);
        }
        return null;
    }

    private static String excerpt(String body) {
        return body.length() > 200 ? body.substring(0, 200) : body;
    }
}
