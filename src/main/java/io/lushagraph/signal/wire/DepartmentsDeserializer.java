package io.lushagraph.signal.wire;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads {@code currentDepartments} in each of the shapes Lusha sends: a string ({@code "R&D"}), one
 * {@code {id, value}} object, or an array of either.
 */
public final class DepartmentsDeserializer extends StdDeserializer<List<ContactSignalDepartment>> {

    public DepartmentsDeserializer() {
        super(List.class);
    }

    @Override
    public List<ContactSignalDepartment> deserialize(JsonParser parser, DeserializationContext context)
            throws IOException {
        JsonNode node = context.readTree(parser);
        List<ContactSignalDepartment> departments = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(element -> add(element, departments));
        } else {
            add(node, departments);
        }
        return departments;
    }

    private static void add(JsonNode node, List<ContactSignalDepartment> departments) {
        if (node.isObject()) {
            departments.add(new ContactSignalDepartment(text(node.get("id")), text(node.get("value"))));
        } else if (node.isValueNode() && !node.isNull() && !node.asText().isBlank()) {
            departments.add(new ContactSignalDepartment(null, node.asText()));
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
