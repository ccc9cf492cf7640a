package io.lushagraph.catalog;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.lushagraph.common.LookupError;

/** One catalog {@code refreshFilterCatalogs} reloaded, or why it could not (the cached value then stays). */
@Type("RefreshedCatalog")
@Description("A cached catalog refreshFilterCatalogs reloaded from Lusha.")
public record RefreshedCatalog(
        @NonNull @Description("Which catalog.") FilterCatalog catalog,
        @Description("Why the reload failed; null when it succeeded. A failed reload keeps the cached value.") LookupError error) {
}
