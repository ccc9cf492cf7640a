package io.lushagraph.prospecting.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A LinkedIn certification of a contact; date parts arrive as numbers or strings and are kept as strings.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LinkedinCertification(
        String companyId,
        String companyName,
        String credentialId,
        String title,
        String summary,
        String verifyUrl,
        String dateMonth,
        String dateYear,
        String expireDateMonth,
        String expireDateYear,
        String linkedinCompanyId) {
}
