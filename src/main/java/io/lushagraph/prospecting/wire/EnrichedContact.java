package io.lushagraph.prospecting.wire;

/**
 * The enrichment result of one search row.
 *
 * @param id the row's {@code contactId}
 * @param isSuccess whether Lusha revealed the contact
 * @param data the revealed contact; absent when unsuccessful
 */
public record EnrichedContact(String id, Boolean isSuccess, EnrichedContactData data) {
}
