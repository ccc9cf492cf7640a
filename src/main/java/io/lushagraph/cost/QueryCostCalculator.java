package io.lushagraph.cost;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import graphql.introspection.Introspection;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * Counts what an operation would cost before it runs: a point per field multiplied by the sizes of the lists above
 * it, the credits its lookups could spend, its depth, aliases and root fields. Every use of a fragment is counted
 * (a fragment spread a hundred times costs a hundred times). A person or company lookup whose answer is cached costs
 * no credit. Pure: the same valid document, variables, schema and cached lookups always give the same cost.
 */
public final class QueryCostCalculator {

    private final GraphQLSchema schema;
    private final Map<String, FragmentDefinition> fragments = new HashMap<>();
    private final Map<String, Object> variables;
    private final CachedLookups cached;
    private long points;
    private long credits;
    private int depth;
    private int aliases;
    private int rootFields;
    private int contactData;

    private QueryCostCalculator(GraphQLSchema schema, Document document, Map<String, Object> variables,
            CachedLookups cached) {
        this.schema = schema;
        this.variables = variables;
        this.cached = cached;
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
    }

    /** The cost of the named operation of a validated document, or of its only one when the name is null. */
    public static QueryCost cost(GraphQLSchema schema, Document document, String operationName,
            Map<String, Object> coercedVariables) {
        return cost(schema, document, operationName, coercedVariables, CachedLookups.NONE);
    }

    /** The same, with the lookups {@code cached} says are answered from the enrichment cache costing no credit. */
    public static QueryCost cost(GraphQLSchema schema, Document document, String operationName,
            Map<String, Object> coercedVariables, CachedLookups cached) {
        OperationDefinition operation = document.getDefinitionsOfType(OperationDefinition.class).stream()
                .filter(o -> operationName == null || operationName.equals(o.getName())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No operation " + operationName));
        QueryCostCalculator calculator = new QueryCostCalculator(schema, document, coercedVariables, cached);
        calculator.rootFields = calculator.walk(operation.getSelectionSet(), rootType(schema, operation), 1, 1);
        return new QueryCost(calculator.points, calculator.credits, calculator.depth, calculator.aliases,
                calculator.rootFields, calculator.contactData);
    }

    // Returns how many fields the selection set holds at its own level, fragments included.
    private int walk(SelectionSet selections, GraphQLCompositeType parent, long times, int level) {
        int fields = 0;
        for (Selection<?> selection : selections.getSelections()) {
            if (selection instanceof Field field) {
                visit(field, parent, times, level);
                fields++;
            } else if (selection instanceof InlineFragment inline) {
                fields += walk(inline.getSelectionSet(), inline.getTypeCondition() == null ? parent
                        : (GraphQLCompositeType) schema.getType(inline.getTypeCondition().getName()), times, level);
            } else if (selection instanceof FragmentSpread spread) {
                FragmentDefinition fragment = fragments.get(spread.getName());
                fields += walk(fragment.getSelectionSet(),
                        (GraphQLCompositeType) schema.getType(fragment.getTypeCondition().getName()), times, level);
            }
        }
        return fields;
    }

    private void visit(Field field, GraphQLCompositeType parent, long times, int level) {
        points = Saturating.add(points, times);
        depth = Math.max(depth, level);
        aliases += field.getAlias() != null ? 1 : 0;
        GraphQLFieldDefinition definition = definition(parent, field.getName());
        if (definition == null) {
            return;
        }
        String coordinate = parent.getName() + "." + field.getName();
        contactData += FieldWeights.isContactData(coordinate) ? 1 : 0;
        Map<String, Object> arguments = ArgumentValues.of(field, variables);
        credits = Saturating.add(credits, Saturating.multiply(times, credits(coordinate, arguments)));
        GraphQLType type = GraphQLTypeUtil.unwrapAll(definition.getType());
        if (field.getSelectionSet() != null && type instanceof GraphQLCompositeType composite) {
            walk(field.getSelectionSet(), composite,
                    Saturating.multiply(times, FieldWeights.fanOut(coordinate, arguments)), level + 1);
        }
    }

    // A lookup already in the enrichment cache is answered from it and costs nothing.
    private long credits(String coordinate, Map<String, Object> arguments) {
        Object options = arguments.get("options");
        return switch (coordinate) {
            case "Query.person", "Query.company" -> isCached(coordinate, arguments.get("lookup"), options) ? 0
                    : FieldWeights.credits(coordinate, arguments);
            case "Query.persons", "Query.companies" -> arguments.get("lookups") instanceof Collection<?> lookups
                    ? lookups.stream().filter(lookup -> !isCached(coordinate, lookup, options)).count()
                    : FieldWeights.credits(coordinate, arguments);
            default -> FieldWeights.credits(coordinate, arguments);
        };
    }

    @SuppressWarnings("unchecked")
    private boolean isCached(String coordinate, Object lookup, Object options) {
        return lookup instanceof Map<?, ?> values && (options == null || options instanceof Map<?, ?>)
                && cached.isCached(coordinate, (Map<String, Object>) values, (Map<String, Object>) options);
    }

    private GraphQLFieldDefinition definition(GraphQLCompositeType parent, String name) {
        if (name.equals(Introspection.SchemaMetaFieldDef.getName())) {
            return Introspection.SchemaMetaFieldDef;
        }
        if (name.equals(Introspection.TypeMetaFieldDef.getName())) {
            return Introspection.TypeMetaFieldDef;
        }
        return parent instanceof GraphQLFieldsContainer container ? container.getFieldDefinition(name) : null;
    }

    private static GraphQLCompositeType rootType(GraphQLSchema schema, OperationDefinition operation) {
        return switch (operation.getOperation()) {
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
            default -> schema.getQueryType();
        };
    }

    /** Arithmetic that stops at {@link Long#MAX_VALUE} instead of wrapping. */
    static final class Saturating {
        private Saturating() {
        }

        static long add(long a, long b) {
            long sum = a + b;
            return sum < 0 ? Long.MAX_VALUE : sum;
        }

        static long multiply(long a, long b) {
            return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
        }
    }
}
