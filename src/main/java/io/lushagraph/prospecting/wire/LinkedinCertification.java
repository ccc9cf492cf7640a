package io.lushagraph.prospecting.wire;

/**
 * A LinkedIn certification of a contact; date parts arrive as numbers or strings and are kept as strings.
 */
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
