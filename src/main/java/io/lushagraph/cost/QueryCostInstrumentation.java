package io.lushagraph.cost;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategy;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;
import graphql.parser.ParserOptions;
import io.lushagraph.company.CompanyService;
import io.lushagraph.config.GatewayConfig;
import io.lushagraph.person.PersonService;
import io.lushagraph.tenant.GatewayRequest;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Refuses an operation before any resolver runs when it is too deep, has too many aliases or root fields, or costs
 * more than the tenant's {@code max-query-cost} (person and company lookups already in the enrichment cache cost no
 * credit). The refusal is {@code QUERY_TOO_COMPLEX}, with what was counted (in the error's extensions and, as for
 * every answer, in {@code extensions.cost.estimated}), and makes no upstream call. (A JSON array of operations in one
 * POST is refused whole before this.) The pricing of a query or mutation never runs on an event loop: there it goes
 * to a worker thread and the operation resumes afterwards.
 */
@ApplicationScoped
public class QueryCostInstrumentation extends SimplePerformantInstrumentation {

    private final GatewayConfig.Query limits;
    private final MeterRegistry meters;
    private final PersonService people;
    private final CompanyService companies;

    public QueryCostInstrumentation(GatewayConfig config, MeterRegistry meters, PersonService people,
            CompanyService companies) {
        this.limits = config.query();
        this.meters = meters;
        this.people = people;
        this.companies = companies;
    }

    void install(@Observes GraphQL.Builder builder) {
        builder.instrumentation(this);
        // GraphQL.Builder has no getter: building once is how to read the strategies SmallRye configured.
        GraphQL configured = builder.build();
        builder.queryExecutionStrategy(new PricedOffTheEventLoop(configured.getQueryStrategy()));
        builder.mutationExecutionStrategy(new PricedOffTheEventLoop(configured.getMutationStrategy()));
        // Operations are parsed with graphql-java's operation parser options, which SmallRye's settings leave alone.
        ParserOptions.setDefaultOperationParserOptions(ParserOptions.getDefaultOperationParserOptions()
                .transform(options -> options.maxTokens(limits.maxTokens())
                        .maxWhitespaceTokens(limits.maxWhitespaceTokens())));
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        // On an event loop, a query or mutation is priced by its strategy on a worker thread instead, just after this.
        if (!pricedOffTheEventLoop(execution)) {
            AbortExecutionException refusal = check(execution);
            if (refusal != null) {
                throw refusal;
            }
        }
        return super.beginExecuteOperation(parameters, state);
    }

    private static boolean pricedOffTheEventLoop(ExecutionContext execution) {
        return execution.getOperationDefinition().getOperation() != OperationDefinition.Operation.SUBSCRIPTION
                && Context.isOnEventLoopThread() && Vertx.currentContext() != null;
    }

    /**
     * The refusal of the operation, or null when it may run; its estimate is recorded on the request either way. Counts
     * where it ran in {@code lusha_graph_query_cost_checks_total}.
     */
    AbortExecutionException check(ExecutionContext execution) {
        meters.counter("lusha_graph_query_cost_checks", "thread",
                Context.isOnEventLoopThread() ? "event-loop" : "worker").increment();
        GatewayRequest request = execution.getGraphQLContext().get(GatewayRequest.class);
        QueryCost cost = QueryCostCalculator.cost(execution.getGraphQLSchema(), execution.getDocument(),
                execution.getOperationDefinition().getName(), execution.getCoercedVariables().toMap(),
                cachedLookups(request));
        long maxCost = request == null || request.settings() == null ? Long.MAX_VALUE
                : request.settings().maxQueryCost();
        if (request != null) {
            // Recorded before any refusal, so a refused answer's extensions.cost shows what was counted too.
            request.cost().estimate(cost.total(), cost.credits());
        }
        if (cost.contactData() > 0 && request != null && request.settings() != null
                && !request.settings().revealContactData()) {
            return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
                    .message("This tenant may not see emails or phones; leave them out of the request")
                    .extensions(Map.of("code", "FORBIDDEN")).build()));
        }
        String problem = problem(cost, maxCost);
        if (problem != null) {
            meters.counter("lusha_graph_query_refused", "tenant", request == null ? "none" : request.tenant())
                    .increment();
            Map<String, Object> extensions = new LinkedHashMap<>();
            extensions.put("code", "QUERY_TOO_COMPLEX");
            extensions.put("cost", cost.total());
            extensions.put("maxCost", maxCost);
            extensions.put("depth", cost.depth());
            return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError().message(problem)
                    .extensions(extensions).build()));
        }
        return null;
    }

    /**
     * Runs SmallRye's strategy once the operation is priced. On an event loop the pricing goes to a worker thread
     * first and the operation resumes on the event loop's context, so a costly document never holds the loop.
     */
    final class PricedOffTheEventLoop extends ExecutionStrategy {

        private final ExecutionStrategy delegate;

        PricedOffTheEventLoop(ExecutionStrategy delegate) {
            this.delegate = delegate;
        }

        @Override
        public CompletableFuture<ExecutionResult> execute(ExecutionContext execution,
                ExecutionStrategyParameters parameters) {
            if (!pricedOffTheEventLoop(execution)) {
                return delegate.execute(execution, parameters);
            }
            return Vertx.currentContext().executeBlocking(() -> check(execution), false).toCompletionStage()
                    .toCompletableFuture().thenCompose(refusal -> refusal != null
                            ? CompletableFuture.completedFuture(refusal.toExecutionResult())
                            : delegate.execute(execution, parameters));
        }
    }

    // What the person and company resolvers would find in the enrichment cache of the request's Lusha account.
    private CachedLookups cachedLookups(GatewayRequest request) {
        if (request == null || request.account() == null) {
            return CachedLookups.NONE;
        }
        String account = request.account().id();
        return (field, lookup, options) -> switch (field) {
            case "Query.person", "Query.persons" -> people.isCached(account, lookup, options);
            case "Query.company", "Query.companies" -> companies.isCached(account, lookup);
            default -> false;
        };
    }

    private String problem(QueryCost cost, long maxCost) {
        if (cost.depth() > limits.maxDepth()) {
            return "The operation is " + cost.depth() + " fields deep; at most " + limits.maxDepth() + " are allowed";
        }
        if (cost.aliases() > limits.maxAliases()) {
            return "The request has " + cost.aliases() + " aliases; at most " + limits.maxAliases() + " are allowed";
        }
        if (cost.rootFields() > limits.maxRootFields()) {
            return "The request has " + cost.rootFields() + " root fields; at most " + limits.maxRootFields()
                    + " are allowed";
        }
        if (cost.total() > maxCost) {
            return "The request would cost " + cost.total() + " (" + cost.points() + " field points and up to "
                    + cost.credits() + " credits); this tenant's limit is " + maxCost;
        }
        return null;
    }
}
