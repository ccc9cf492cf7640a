package io.lushagraph.company;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

import io.lushagraph.common.LookupError;

/** The answer to one lookup of a {@code companies} list. */
@Type("CompanyResult")
@Description("The answer to one lookup of a companies list: the company, nothing (not found), or an error.")
public record CompanyResult(
        @Description("The company; null when Lusha found none or the lookup failed.") Company company,
        @Description("Why this lookup failed; null when it succeeded or found nothing.") LookupError error) {
}
