package io.lushagraph.person.wire;

import java.util.Map;

/**
 * Answer of {@code POST /v2/person}: results keyed by the caller's {@code contactId}, and the companies of the found
 * contacts keyed by Lusha company id.
 */
public record BulkPersonResponse(Map<String, ContactResult> contacts, Map<String, EmbeddedCompany> companies) {
}
