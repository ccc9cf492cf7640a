package io.lushagraph.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The committed list ({@code lusha/openapi/known-defects.yaml}) of the places where Lusha's published OpenAPI
 * document is wrong about Lusha, each with its evidence, and of the endpoints the gateway calls that no published
 * document describes. A violation is excused only by an entry that matches it: the same endpoint, side and
 * validator key, and, where the entry gives them, a JSON pointer (a regular expression matching the whole pointer),
 * a message (a regular expression found in the message) and statuses.
 */
public final class KnownDefects {

    /** Where the file lives on the test classpath. */
    public static final String RESOURCE = "lusha/openapi/known-defects.yaml";

    /** One known defect of the document; {@code evidence} says why it is the document's and not ours. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Defect(String id, List<String> endpoints, String side, List<String> keys, String pointer,
            String message, List<Integer> statuses, String evidence) {

        boolean matches(Violation violation) {
            return endpoints.contains(violation.endpoint())
                    && side.equals(violation.side())
                    && keys.contains(violation.key())
                    && (pointer == null || Pattern.compile(pointer).matcher(violation.pointer()).matches())
                    && (message == null || Pattern.compile(message).matcher(violation.message()).find())
                    && (statuses == null || statuses.contains(violation.status()));
        }
    }

    /** An endpoint that neither published document describes, and where its shape comes from instead. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Uncovered(String endpoint, String why) {
    }

    /** A complaint of the OpenAPI parser about a document's own structure (found in its message). */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Structural(String id, String document, String message, String evidence) {
    }

    /** The file's three lists. */
    public record File(List<Structural> structure, List<Defect> defects, List<Uncovered> uncovered) {
    }

    private final File file;

    private KnownDefects(File file) {
        this.file = file;
    }

    /** Reads the committed file; an entry without evidence is refused, so none can be added without one. */
    public static KnownDefects load() {
        try (InputStream in = KnownDefects.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + RESOURCE);
            }
            File file = new ObjectMapper(new YAMLFactory()).readValue(in, File.class);
            for (Defect defect : file.defects()) {
                if (defect.id() == null || defect.evidence() == null || defect.evidence().isBlank()
                        || defect.endpoints() == null || defect.keys() == null || defect.side() == null) {
                    throw new IllegalStateException("known defect without id, endpoints, side, keys or evidence: "
                            + defect.id());
                }
            }
            for (Structural structural : file.structure()) {
                if (structural.id() == null || structural.document() == null || structural.message() == null
                        || structural.evidence() == null || structural.evidence().isBlank()) {
                    throw new IllegalStateException("structural defect without id, document, message or evidence: "
                            + structural.id());
                }
            }
            for (Uncovered uncovered : file.uncovered()) {
                if (uncovered.why() == null || uncovered.why().isBlank()) {
                    throw new IllegalStateException("uncovered endpoint without a reason: " + uncovered.endpoint());
                }
            }
            return new KnownDefects(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Defect> defects() {
        return file.defects();
    }

    public List<Uncovered> uncovered() {
        return file.uncovered();
    }

    /** The id of the structural defect that explains a parser's complaint about a document, if one does. */
    public Optional<String> excuseParse(String document, String complaint) {
        return file.structure().stream()
                .filter(s -> s.document().equals(document) && complaint.contains(s.message()))
                .map(Structural::id)
                .findFirst();
    }

    /**
     * The id of the entry that excuses a violation: a defect's id, or {@code uncovered:METHOD /path} for an
     * endpoint listed as uncovered; empty when nothing excuses it.
     */
    public Optional<String> excuse(Violation violation) {
        if (LushaOpenApi.UNCOVERED.equals(violation.key())) {
            return file.uncovered().stream()
                    .filter(u -> matchesTemplate(u.endpoint(), violation.endpoint()))
                    .map(u -> "uncovered:" + u.endpoint())
                    .findFirst();
        }
        return file.defects().stream().filter(d -> d.matches(violation)).map(Defect::id).findFirst();
    }

    /** {@code POST /api/things/{id}} matches {@code POST /api/things/42}. */
    static boolean matchesTemplate(String template, String endpoint) {
        String regex = Pattern.quote(template).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
        return endpoint.matches(regex);
    }
}
