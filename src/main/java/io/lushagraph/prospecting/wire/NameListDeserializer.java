package io.lushagraph.prospecting.wire;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a list of names that Lusha sends either as strings ({@code ["Salesforce"]}) or as {@code {name}} objects
 * ({@code [{"name": "salesforce"}]}), in any mix.
 */
public final class NameListDeserializer extends StdDeserializer<List<String>> {

    public NameListDeserializer() {
        super(List.class);
    }

    @Override
    public List<String> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonNode node = context.readTree(parser);
        List<String> names = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(element -> add(element, names));
        } else {
            add(node, names);
        }
        return names;
    }

    private static void add(JsonNode node, List<String> names) {
        JsonNode name = node.isObject() ? node.get("name") : node;
        if (name != null && name.isValueNode() && !name.isNull()) {
            names.add(name.asText());
        }
    }
}
