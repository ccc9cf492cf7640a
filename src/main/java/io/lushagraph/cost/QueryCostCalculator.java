package io.lushagraph.cost;

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
 * (a fragment spread a hundred times costs a hundred times). Pure: the same valid document, variables and schema
 * always give the same cost.
 */
public final class QueryCostCalculator {

    private final GraphQLSchema schema;
    private final Map<String, FragmentDefinition> fragments = new HashMap<>();
    private final Map<String, Object> variables;
    private long points;
    private long credits;
    private int depth;
    private int aliases;
    private int rootFields;
    private int contactData;

    private QueryCostCalculator(GraphQLSchema schema, Document document, Map<String, Object> variables) {
        this.schema = schema;
        this.variables = variables;
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
    }

    /** The cost of the named operation of a validated document, or of its only one when the name is null. */
    public static QueryCost cost(GraphQLSchema schema, Document document, String operationName,
            Map<String, Object> coercedVariables) {
        OperationDefinition operation = document.getDefinitionsOfType(OperationDefinition.class).stream()
                .filter(o -> operationName == null || operationName.equals(o.getName())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No operation " + operationName));
        QueryCostCalculator calculator = new QueryCostCalculator(schema, document, coercedVariables);
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
        credits = Saturating.add(credits, Saturating.multiply(times, FieldWeights.credits(coordinate, arguments)));
        GraphQLType type = GraphQLTypeUtil.unwrapAll(definition.getType());
        if (field.getSelectionSet() != null && type instanceof GraphQLCompositeType composite) {
            walk(field.getSelectionSet(), composite,
                    Saturating.multiply(times, FieldWeights.fanOut(coordinate, arguments)), level + 1);
        }
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
