package io.lushagraph.prospecting.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The enrichment result of one search row.
 *
 * @param id the row's {@code contactId}
 * @param isSuccess whether Lusha revealed the contact
 * @param data the revealed contact; absent when unsuccessful
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EnrichedContact(String id, Boolean isSuccess, EnrichedContactData data) {
}
