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
 * <p>
 * The walk takes time linear in the document's size, however its fragments spread one another: each selection set is
 * summed once, as if it stood under a single item, and a summary multiplies by the size of the lists above it where
 * it is used (cost is linear in that size). A fragment is summed once, however many times it is spread, so a
 * document whose fragments each spread the one before twice costs 2^n but is walked in n steps.
 */
public final class QueryCostCalculator {

    private final GraphQLSchema schema;
    private final Map<String, FragmentDefinition> fragments = new HashMap<>();
    private final Map<String, Tally> fragmentTallies = new HashMap<>();
    private final Map<String, Object> variables;
    private final CachedLookups cached;
    private long nodes;

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
        return walk(schema, document, operationName, coercedVariables, cached).cost();
    }

    /**
     * The cost, and how many selections (fields, inline fragments, fragment spreads) the walk visited to count it:
     * at most the number of selections written in the document.
     */
    static Walked walk(GraphQLSchema schema, Document document, String operationName,
            Map<String, Object> coercedVariables, CachedLookups cached) {
        OperationDefinition operation = document.getDefinitionsOfType(OperationDefinition.class).stream()
                .filter(o -> operationName == null || operationName.equals(o.getName())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No operation " + operationName));
        QueryCostCalculator calculator = new QueryCostCalculator(schema, document, coercedVariables, cached);
        Tally tally = calculator.tally(operation.getSelectionSet(), rootType(schema, operation));
        return new Walked(new QueryCost(tally.points, tally.credits, (int) Math.min(Integer.MAX_VALUE, tally.depth),
                tally.aliases, tally.fields, tally.contactData), calculator.nodes);
    }

    /** A cost and the number of selections visited to count it. */
    record Walked(QueryCost cost, long nodes) {
    }

    /**
     * What a selection set costs under one item: points, credits, depth below its parent, aliases, fields at its own
     * level (fragments included) and contact data. Every count stops at {@link Long#MAX_VALUE}.
     */
    private static final class Tally {
        long points;
        long credits;
        long depth;
        long aliases;
        long fields;
        long contactData;

        // Another selection at the same level: counts add up, the deeper one sets the depth.
        void add(Tally other) {
            points = Saturating.add(points, other.points);
            credits = Saturating.add(credits, other.credits);
            depth = Math.max(depth, other.depth);
            aliases = Saturating.add(aliases, other.aliases);
            fields = Saturating.add(fields, other.fields);
            contactData = Saturating.add(contactData, other.contactData);
        }
    }

    private Tally tally(SelectionSet selections, GraphQLCompositeType parent) {
        Tally tally = new Tally();
        for (Selection<?> selection : selections.getSelections()) {
            nodes++;
            if (selection instanceof Field field) {
                tally.add(field(field, parent));
            } else if (selection instanceof InlineFragment inline) {
                tally.add(tally(inline.getSelectionSet(), inline.getTypeCondition() == null ? parent
                        : (GraphQLCompositeType) schema.getType(inline.getTypeCondition().getName())));
            } else if (selection instanceof FragmentSpread spread) {
                tally.add(fragment(spread.getName()));
            }
        }
        return tally;
    }

    // A fragment is summed once; a spread of one being summed (a cycle, which validation refuses) counts nothing.
    private Tally fragment(String name) {
        Tally known = fragmentTallies.get(name);
        if (known != null) {
            return known;
        }
        fragmentTallies.put(name, new Tally());
        FragmentDefinition fragment = fragments.get(name);
        Tally tally = tally(fragment.getSelectionSet(),
                (GraphQLCompositeType) schema.getType(fragment.getTypeCondition().getName()));
        fragmentTallies.put(name, tally);
        return tally;
    }

    // One field under one item: its point and credits, and what is below it times the size of its list.
    private Tally field(Field field, GraphQLCompositeType parent) {
        Tally tally = new Tally();
        tally.points = 1;
        tally.depth = 1;
        tally.fields = 1;
        tally.aliases = field.getAlias() != null ? 1 : 0;
        GraphQLFieldDefinition definition = definition(parent, field.getName());
        if (definition == null) {
            return tally;
        }
        String coordinate = parent.getName() + "." + field.getName();
        tally.contactData = FieldWeights.isContactData(coordinate) ? 1 : 0;
        Map<String, Object> arguments = ArgumentValues.of(field, variables);
        tally.credits = credits(coordinate, arguments);
        GraphQLType type = GraphQLTypeUtil.unwrapAll(definition.getType());
        if (field.getSelectionSet() != null && type instanceof GraphQLCompositeType composite) {
            Tally below = tally(field.getSelectionSet(), composite);
            long items = FieldWeights.fanOut(coordinate, arguments);
            tally.points = Saturating.add(1, Saturating.multiply(items, below.points));
            tally.credits = Saturating.add(tally.credits, Saturating.multiply(items, below.credits));
            tally.depth = Saturating.add(1, below.depth);
            tally.aliases = Saturating.add(tally.aliases, below.aliases);
            tally.contactData = Saturating.add(tally.contactData, below.contactData);
        }
        return tally;
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
