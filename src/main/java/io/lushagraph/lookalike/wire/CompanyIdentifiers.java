package io.lushagraph.lookalike.wire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Companies named by domain or LinkedIn company URL, as seeds or exclusions of company lookalikes; each list holds
 * at most 100.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CompanyIdentifiers(List<String> domains, List<String> linkedinUrls) {

    /** How many identifiers these are, over both lists. */
    public int count() {
        return (domains == null ? 0 : domains.size()) + (linkedinUrls == null ? 0 : linkedinUrls.size());
    }
}
