package io.lushagraph.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * Lusha's own published OpenAPI documents, as a validator of exchanges: the v2 reference
 * ({@code lusha/openapi/openapi-v2.yaml}) for every endpoint it describes, and the v3 document
 * ({@code lusha/openapi/openapi-v3.yaml}) for the endpoints only it describes (the opt-out subscription). Lusha
 * publishes the bulk company call under two paths, {@code POST /v2/company} (how the v2 document models
 * {@code searchMultipleCompaniesV2}) and {@code POST /bulk/company/v2} (the URL its description names): both are
 * validated against that one operation. An endpoint neither document describes comes back as a violation with key
 * {@value #UNCOVERED}, for the known-defects file to list by name.
 */
public final class LushaOpenApi {

    /** The key of the violation for an endpoint that neither document describes. */
    public static final String UNCOVERED = "conformance.endpoint.uncovered";

    private static final String V2 = "lusha/openapi/openapi-v2.yaml";
    private static final String V3 = "lusha/openapi/openapi-v3.yaml";

    /** Keys that mean "this document has no such endpoint": the next document is asked. */
    private static final Set<String> NOT_HERE = Set.of("validation.request.path.missing",
            "validation.request.operation.notAllowed");

    /** The bulk company call's second documented path, validated as the operation the v2 document models. */
    private static final Map<String, String> ALIASES = Map.of("POST /bulk/company/v2", "/v2/company");

    private final List<Document> documents;

    private record Document(String name, OpenApiInteractionValidator validator) {
    }

    private LushaOpenApi(List<Document> documents) {
        this.documents = documents;
    }

    /**
     * Parses both documents from the test classpath (a few seconds: build once and share). The parser's complaints
     * about a document's own structure must each be listed in the known-defects file, or loading fails.
     */
    public static LushaOpenApi load(KnownDefects defects) {
        return new LushaOpenApi(List.of(new Document("v2", validator("v2", V2, defects)),
                new Document("v3", validator("v3", V3, defects))));
    }

    private static OpenApiInteractionValidator validator(String name, String resource, KnownDefects defects) {
        String yaml;
        try (InputStream in = LushaOpenApi.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The validator's own parse options: references resolved fully, combinators left as they are.
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        options.setResolveCombinators(false);
        SwaggerParseResult parsed = new OpenAPIParser().readContents(yaml, null, options);
        if (parsed.getOpenAPI() == null) {
            throw new IllegalStateException("Lusha's " + name + " document does not parse: " + parsed.getMessages());
        }
        List<String> unexplained = parsed.getMessages() == null ? List.of()
                : parsed.getMessages().stream().filter(m -> defects.excuseParse(name, m).isEmpty()).toList();
        if (!unexplained.isEmpty()) {
            throw new IllegalStateException("Lusha's " + name + " document has structural faults that "
                    + KnownDefects.RESOURCE + " does not list: " + unexplained);
        }
        untypeCombinators(parsed.getOpenAPI());
        return OpenApiInteractionValidator.createFor(parsed.getOpenAPI()).build();
    }

    /**
     * As the validator does when it loads a document itself, a {@code oneOf}/{@code anyOf} schema that also says
     * {@code type: object} is validated by its alternatives alone. And since the validator closes every object
     * schema (no property the schema does not name), under which an {@code allOf} of two object schemas could never
     * match, such an {@code allOf} is merged into the one object it describes: every part's properties and required
     * names together.
     */
    private static void untypeCombinators(OpenAPI api) {
        Set<Schema<?>> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
            api.getComponents().getSchemas().values().forEach(schema -> normalise(schema, seen));
        }
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().values().forEach(item -> item.readOperations().forEach(op -> {
            if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                op.getRequestBody().getContent().values().forEach(media -> normalise(media.getSchema(), seen));
            }
            if (op.getResponses() != null) {
                op.getResponses().values().stream().filter(r -> r.getContent() != null)
                        .forEach(r -> r.getContent().values().forEach(media -> normalise(media.getSchema(), seen)));
            }
        }));
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static void normalise(Schema schema, Set<Schema<?>> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        if (schema.getProperties() != null) {
            ((Map<String, Schema>) schema.getProperties()).values().forEach(p -> normalise(p, seen));
        }
        if (schema.getAdditionalProperties() instanceof Schema extra) {
            normalise(extra, seen);
        }
        if (schema.getItems() != null) {
            normalise(schema.getItems(), seen);
        }
        if (!(schema instanceof ComposedSchema composed)) {
            return;
        }
        boolean alternatives = (composed.getOneOf() != null && !composed.getOneOf().isEmpty())
                || (composed.getAnyOf() != null && !composed.getAnyOf().isEmpty());
        Stream.of(composed.getAllOf(), composed.getOneOf(), composed.getAnyOf()).filter(java.util.Objects::nonNull)
                .forEach(parts -> parts.forEach(part -> normalise(part, seen)));
        if (alternatives && "object".equals(composed.getType())) {
            composed.setType(null);
        }
        if (alternatives || composed.getAllOf() == null || composed.getAllOf().isEmpty()) {
            return;
        }
        Map<String, Schema> properties = new LinkedHashMap<>();
        Set<String> required = new LinkedHashSet<>();
        if (composed.getProperties() != null) {
            properties.putAll(composed.getProperties());
        }
        if (composed.getRequired() != null) {
            required.addAll(composed.getRequired());
        }
        for (Schema part : composed.getAllOf()) {
            if (part.getProperties() != null) {
                properties.putAll(part.getProperties());
            }
            if (part.getRequired() != null) {
                required.addAll(part.getRequired());
            }
        }
        composed.setAllOf(null);
        composed.setType("object");
        composed.setProperties(properties);
        composed.setRequired(required.isEmpty() ? null : new ArrayList<>(required));
    }

    /** Every departure of the request, and of the answer when there is one, from the document that describes it. */
    public List<Violation> validate(Exchange exchange) {
        String path = ALIASES.getOrDefault(exchange.endpoint(), exchange.path());
        SimpleRequest request = request(exchange, path);
        for (Document document : documents) {
            ValidationReport report = document.validator().validateRequest(request);
            if (report.getMessages().stream().anyMatch(m -> NOT_HERE.contains(m.getKey()))) {
                continue;
            }
            List<Violation> found = new ArrayList<>(violations(exchange, Violation.REQUEST, document.name(), report));
            if (exchange.answered()) {
                ValidationReport answer = document.validator().validateResponse(path,
                        Request.Method.valueOf(exchange.method()), response(exchange));
                found.addAll(violations(exchange, Violation.RESPONSE, document.name(), answer));
            }
            return found;
        }
        return List.of(new Violation(exchange.endpoint(), Violation.REQUEST, "none", UNCOVERED, "",
                exchange.status(), "no document of Lusha's describes " + exchange.endpoint()));
    }

    private static SimpleRequest request(Exchange exchange, String path) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(exchange.method(), path);
        exchange.query().forEach(builder::withQueryParam);
        exchange.headers().forEach(builder::withHeader);
        if (exchange.requestContentType() != null) {
            builder.withContentType(exchange.requestContentType());
        }
        if (exchange.requestBody() != null) {
            builder.withBody(exchange.requestBody());
        }
        return builder.build();
    }

    private static SimpleResponse response(Exchange exchange) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(exchange.status());
        if (exchange.responseContentType() != null) {
            builder.withContentType(exchange.responseContentType());
        }
        if (exchange.responseBody() != null && !exchange.responseBody().isEmpty()) {
            builder.withBody(exchange.responseBody());
        }
        return builder.build();
    }

    private static List<Violation> violations(Exchange exchange, String side, String document,
            ValidationReport report) {
        List<Violation> found = new ArrayList<>();
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() != ValidationReport.Level.ERROR
                    && message.getLevel() != ValidationReport.Level.WARN) {
                continue;
            }
            String endpoint = message.getContext()
                    .flatMap(ValidationReport.MessageContext::getApiOperation)
                    .map(op -> op.getMethod().name() + " " + op.getApiPath().original())
                    .orElse(exchange.endpoint());
            int status = side.equals(Violation.RESPONSE) ? exchange.status() : 0;
            for (ValidationReport.Message leaf : leaves(message)) {
                found.add(new Violation(endpoint, side, document, leaf.getKey(), pointer(leaf, message), status,
                        leaf.getMessage()));
            }
        }
        return found;
    }

    /**
     * The innermost messages of an {@code allOf} failure: "failed to match all required schemas" says nothing a
     * known defect could be matched on, the nested messages say which field. A {@code oneOf} failure stays whole:
     * its nested messages mix the failures of every alternative.
     */
    private static List<ValidationReport.Message> leaves(ValidationReport.Message message) {
        if (!message.getKey().endsWith(".allOf") || message.getNestedMessages() == null
                || message.getNestedMessages().isEmpty()) {
            return List.of(message);
        }
        List<ValidationReport.Message> leaves = new ArrayList<>();
        message.getNestedMessages().forEach(nested -> leaves.addAll(leaves(nested)));
        return leaves;
    }

    private static final Pattern PATH = Pattern.compile("\\[Path '([^']*)'\\]");

    private static String pointer(ValidationReport.Message leaf, ValidationReport.Message top) {
        return leaf.getContext()
                .flatMap(ValidationReport.MessageContext::getPointers)
                .map(ValidationReport.MessageContext.Pointers::getInstance)
                .or(() -> {
                    Matcher path = PATH.matcher(leaf.getMessage());
                    return path.find() ? Optional.of(path.group(1)) : Optional.empty();
                })
                .or(() -> top.getContext()
                        .flatMap(ValidationReport.MessageContext::getPointers)
                        .map(ValidationReport.MessageContext.Pointers::getInstance))
                .orElse("");
    }
}
