package io.lushagraph.catalog;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/** The values a company search can filter by; each field loads only its own catalog. */
@Type("CompanyFilterCatalogs")
@Description("The values a company search can filter by. Each field loads only its own catalog, cached per Lusha "
        + "account.")
public record CompanyFilterCatalogs() {
}
