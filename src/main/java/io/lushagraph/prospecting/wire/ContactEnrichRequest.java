package io.lushagraph.prospecting.wire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of {@code POST /prospecting/contact/enrich}: reveals up to 100 rows of one contact search.
 *
 * @param requestId the search's {@code requestId}; row ids are valid only with it
 * @param contactIds {@code contactId}s of that search's rows
 * @param revealEmails emails only; Unified Credits plans only (403 otherwise)
 * @param revealPhones phones only; Unified Credits plans only (403 otherwise)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContactEnrichRequest(String requestId, List<String> contactIds, Boolean revealEmails,
        Boolean revealPhones) {
}
