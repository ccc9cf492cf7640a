package io.lushagraph.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.NonNullableFieldWasNullError;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.OperationDefinition;
import graphql.language.SourceLocation;
import graphql.validation.ValidationError;
import io.lushagraph.upstream.GatewayException;
import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Every GraphQL error a client sees carries one of the gateway's codes in {@code extensions.code} and a message in
 * the gateway's words: no Java class or graphql-java syntax-tree names ({@code ObjectValue{objectFields=...}}), no
 * exception names as codes, no classification. Validation errors are {@code GRAPHQL_VALIDATION_FAILED}, a value the
 * server could not read into its argument (a number out of range) {@code INVALID_INPUT}, and any other unexpected
 * failure {@code INTERNAL_ERROR} with a fixed message. A subscription sent over plain HTTP is refused
 * ({@code INVALID_INPUT}): subscriptions are served over WebSocket.
 */
@ApplicationScoped
public class CleanErrors {

    /** The code of an error in a request graphql-java refused as invalid for the schema. */
    public static final String VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED";
    /** The code of an unexpected failure; its message says nothing of what failed inside. */
    public static final String INTERNAL_ERROR = "INTERNAL_ERROR";

    private static final Pattern WITH_VALUE = Pattern.compile(" with value '.*?'(?= (?:is|contains|has|must) )");
    private static final Pattern SIMPLE_VALUE = Pattern
            .compile("'?(?:Enum|Int|Float|Boolean|String)Value\\{(?:name|value)=('?)([^'{}]*)\\1\\}'?");
    private static final Pattern INTERNALS = Pattern
            .compile("[A-Za-z]+Value\\{|ObjectField\\{|Unknown Scalar Type|io\\.lushagraph|java\\.|jakarta\\.");

    void install(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) GraphQL.Builder builder) {
        // GraphQL.Builder has no getter: building once is how to read the instrumentation configured before this.
        Instrumentation configured = builder.build().getInstrumentation();
        builder.instrumentation(new ChainedInstrumentation(configured, new Cleaning()));
    }

    /** Rewrites the errors of every result; refuses subscriptions that did not come over a WebSocket. */
    static final class Cleaning extends SimplePerformantInstrumentation {

        @Override
        public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
            OperationDefinition operation = parameters.getExecutionContext().getOperationDefinition();
            if (operation.getOperation() == OperationDefinition.Operation.SUBSCRIPTION && isPlainHttp()) {
                throw new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
                        .message("Subscriptions are served over WebSocket on /graphql (graphql-transport-ws); "
                                + "HTTP runs queries and mutations")
                        .extensions(Map.of("code", "INVALID_INPUT")).build()));
            }
            return super.beginExecuteOperation(parameters, state);
        }

        @Override
        public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                InstrumentationExecutionParameters parameters, InstrumentationState state) {
            if (result.getErrors().isEmpty()) {
                return CompletableFuture.completedFuture(result);
            }
            return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(clean(result.getErrors()))));
        }
    }

    /** The errors as a client should see them, in order; a null-field error beside the failure it follows is dropped. */
    static List<GraphQLError> clean(List<GraphQLError> errors) {
        List<Object> failedPaths = new ArrayList<>();
        errors.stream().filter(e -> !(e instanceof NonNullableFieldWasNullError) && pathOf(e) != null)
                .forEach(e -> failedPaths.add(pathOf(e)));
        List<GraphQLError> cleaned = new ArrayList<>(errors.size());
        for (GraphQLError error : errors) {
            if (error instanceof NonNullableFieldWasNullError && isBelowAFailure(error.getPath(), failedPaths)) {
                continue;
            }
            cleaned.add(clean(error));
        }
        return cleaned;
    }

    // A validation error raised while a field's arguments are read names the field in its query path.
    private static List<?> pathOf(GraphQLError error) {
        return error.getPath() == null && error instanceof ValidationError validation ? validation.getQueryPath()
                : error.getPath();
    }

    private static boolean isBelowAFailure(List<Object> path, List<Object> failedPaths) {
        if (path == null) {
            return false;
        }
        for (Object failed : failedPaths) {
            List<?> failedPath = (List<?>) failed;
            if (failedPath.size() >= path.size() && failedPath.subList(0, path.size()).equals(path)) {
                return true;
            }
        }
        return false;
    }

    static GraphQLError clean(GraphQLError error) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        String message;
        if (error instanceof ExceptionWhileDataFetching failed) {
            Throwable cause = failed.getException();
            GatewayException gateway = gatewayCause(cause);
            if (gateway != null) {
                extensions.put("code", gateway.code().name());
                message = gateway.getMessage();
            } else if (cause != null && cause.getClass().isAnnotationPresent(io.smallrye.graphql.api.ErrorCode.class)) {
                extensions.put("code", cause.getClass().getAnnotation(io.smallrye.graphql.api.ErrorCode.class).value());
                message = error.getMessage();
            } else if (isUnreadableArgument(cause)) {
                extensions.put("code", "INVALID_INPUT");
                message = "An argument of this field could not be read: a number out of range or a value of the "
                        + "wrong type";
            } else {
                extensions.put("code", INTERNAL_ERROR);
                message = "The gateway failed to answer this field";
            }
        } else if (error.getErrorType() == ErrorType.ValidationError || error.getErrorType() == ErrorType.InvalidSyntax) {
            extensions.put("code", VALIDATION_FAILED);
            message = validationMessage(error.getMessage());
        } else {
            Object code = error.getExtensions() == null ? null : error.getExtensions().get("code");
            if (error.getExtensions() != null) {
                extensions.putAll(error.getExtensions());
                extensions.remove("classification");
            }
            extensions.put("code", code instanceof String known && !known.isBlank() ? known : INTERNAL_ERROR);
            message = code == null && error instanceof NonNullableFieldWasNullError
                    ? "A field that cannot be null had no value"
                    : error.getMessage();
        }
        return new Clean(message, error.getLocations(), error.getPath(), extensions);
    }

    /** An error as the client sees it: graphql-java's own would add its classification to the extensions. */
    record Clean(String message, List<SourceLocation> locations, List<Object> path, Map<String, Object> extensions)
            implements
                GraphQLError {

        @Override
        public String getMessage() {
            return message;
        }

        @Override
        public List<SourceLocation> getLocations() {
            return locations;
        }

        @Override
        public List<Object> getPath() {
            return path;
        }

        @Override
        public Map<String, Object> getExtensions() {
            return extensions;
        }

        @Override
        public ErrorClassification getErrorType() {
            return ErrorType.DataFetchingException;
        }

        @Override
        public Map<String, Object> toSpecification() {
            Map<String, Object> specification = new LinkedHashMap<>();
            specification.put("message", message);
            if (locations != null && !locations.isEmpty()) {
                specification.put("locations", locations.stream()
                        .map(l -> Map.of("line", l.getLine(), "column", l.getColumn())).toList());
            }
            if (path != null) {
                specification.put("path", path);
            }
            specification.put("extensions", extensions);
            return specification;
        }
    }

    private static GatewayException gatewayCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof GatewayException gateway) {
                return gateway;
            }
        }
        return null;
    }

    // SmallRye reads arguments into their Java types with JSON-B: a value it cannot read is the client's mistake.
    private static boolean isUnreadableArgument(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getName();
            if (name.startsWith("jakarta.json") || name.contains("Transformation") || t instanceof NumberFormatException
                    || t instanceof ArithmeticException) {
                return true;
            }
        }
        return false;
    }

    /**
     * graphql-java's validation message without the syntax-tree dump of the value: {@code argument 'lookup' with
     * value 'ObjectValue{...}' contains a field not in 'PersonLookup': 'foo'} becomes {@code argument 'lookup'
     * contains a field not in 'PersonLookup': 'foo'}. A message that still names internals is replaced whole.
     */
    static String validationMessage(String message) {
        String cleaned = WITH_VALUE.matcher(message == null ? "" : message).replaceAll("");
        Matcher simple = SIMPLE_VALUE.matcher(cleaned);
        cleaned = simple.replaceAll(match -> Matcher.quoteReplacement("'" + match.group(2) + "'"));
        if (cleaned.isBlank() || INTERNALS.matcher(cleaned).find()) {
            return "The request does not match the schema: an argument has a value of the wrong type";
        }
        return cleaned;
    }

    // A subscription over WebSocket runs within the upgrade request; any other HTTP request cannot stream it.
    private static boolean isPlainHttp() {
        if (!Arc.container().requestContext().isActive()) {
            return false;
        }
        RoutingContext current = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
        return current != null && !"websocket".equalsIgnoreCase(current.request().getHeader("Upgrade"));
    }
}
