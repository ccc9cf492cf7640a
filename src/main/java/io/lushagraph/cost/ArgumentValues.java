package io.lushagraph.cost;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.EnumValue;
import graphql.language.Field;
import graphql.language.IntValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;

/**
 * The argument values of a field as far as pricing needs them, with variables put in: lists, whole numbers, strings,
 * booleans, enum names, and objects of those. Any other literal is {@code null}.
 */
final class ArgumentValues {

    private ArgumentValues() {
    }

    static Map<String, Object> of(Field field, Map<String, Object> variables) {
        Map<String, Object> values = new HashMap<>();
        for (Argument argument : field.getArguments()) {
            values.put(argument.getName(), value(argument.getValue(), variables));
        }
        return values;
    }

    private static Object value(Value<?> value, Map<String, Object> variables) {
        if (value instanceof VariableReference reference) {
            return variables.get(reference.getName());
        }
        if (value instanceof ArrayValue array) {
            List<Object> items = new ArrayList<>();
            array.getValues().forEach(item -> items.add(value(item, variables)));
            return items;
        }
        if (value instanceof StringValue string) {
            return string.getValue();
        }
        if (value instanceof BooleanValue bool) {
            return bool.isValue();
        }
        if (value instanceof EnumValue name) {
            return name.getName();
        }
        if (value instanceof IntValue number) {
            return number.getValue().longValue();
        }
        if (value instanceof ObjectValue object) {
            Map<String, Object> fields = new HashMap<>();
            for (ObjectField objectField : object.getObjectFields()) {
                fields.put(objectField.getName(), value(objectField.getValue(), variables));
            }
            return fields;
        }
        return null;
    }
}
