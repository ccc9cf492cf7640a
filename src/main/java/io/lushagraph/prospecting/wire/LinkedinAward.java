package io.lushagraph.prospecting.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A LinkedIn award of a contact; date parts arrive as numbers or strings and are kept as strings.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LinkedinAward(
        String title,
        String summary,
        String companyName,
        String linkedinCompanyId,
        String dateDay,
        String dateMonth,
        String dateYear) {
}
