package io.lushagraph.catalog;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/** The values a contact search can filter by; each field loads only its own catalog. */
@Type("ContactFilterCatalogs")
@Description("The values a contact search can filter by. Each field loads only its own catalog, cached per Lusha "
        + "account.")
public record ContactFilterCatalogs() {
}
