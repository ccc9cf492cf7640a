package io.lushagraph.signal.wire;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads one dynamic signal property (a key named after a signal type) as a list of items, and yields {@code null}
 * for any other value, so that unrelated properties Lusha adds beside the signal arrays are dropped, not fatal.
 */
public abstract class SignalArrayDeserializer<T> extends StdDeserializer<List<T>> {

    private final Class<T> itemType;

    protected SignalArrayDeserializer(Class<T> itemType) {
        super(List.class);
        this.itemType = itemType;
    }

    @Override
    public List<T> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonNode node = context.readTree(parser);
        if (!node.isArray()) {
            return null;
        }
        List<T> items = new ArrayList<>(node.size());
        for (JsonNode element : node) {
            if (!element.isObject()) {
                return null;
            }
            items.add(context.readTreeAsValue(element, itemType));
        }
        return items;
    }

    /** Reads contact signal arrays ({@code promotion}, {@code companyChange}, ...). */
    public static final class ContactItems extends SignalArrayDeserializer<ContactSignal> {
        public ContactItems() {
            super(ContactSignal.class);
        }
    }

    /** Reads company signal arrays ({@code surgeInHiring}, {@code riskNews}, ...). */
    public static final class CompanyItems extends SignalArrayDeserializer<CompanySignalItem> {
        public CompanyItems() {
            super(CompanySignalItem.class);
        }
    }
}
