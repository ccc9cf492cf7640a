package io.lushagraph.catalog;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.lushagraph.tenant.GatewayRequest;
import io.lushagraph.tenant.GatewayRequests;
import io.lushagraph.upstream.GatewayException;
import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;

/** Signal options, cached like a filter catalog, and the reload of every cached catalog. */
@GraphQLApi
public class CatalogGraphQLApi {

    private final FilterCatalogs catalogs;
    private final Context context;

    public CatalogGraphQLApi(FilterCatalogs catalogs, Context context) {
        this.catalogs = catalogs;
        this.context = context;
    }

    @Query("signalOptions")
    @Description("The signal types Lusha offers for an entity type, allSignals included. Cached per Lusha account "
            + "like a filter catalog.")
    @NonNull
    public Uni<List<@NonNull String>> signalOptions(
            @NonNull @Name("entityType") @Description("Contacts or companies.") EntityType entityType) {
        return catalogs.catalog(GatewayRequests.current(context), entityType == EntityType.CONTACT
                ? FilterCatalog.CONTACT_SIGNAL_OPTIONS
                : FilterCatalog.COMPANY_SIGNAL_OPTIONS);
    }

    @Mutation("refreshFilterCatalogs")
    @Description("Reloads now, one Lusha call each, every static catalog cached for the caller's Lusha account "
            + "(filter catalogs and signal options; text searches are not kept long enough to need it). Answers "
            + "what it reloaded; a catalog that fails to reload keeps its cached value. Admin tenants only "
            + "(FORBIDDEN otherwise).")
    @NonNull
    public Uni<List<@NonNull RefreshedCatalog>> refreshFilterCatalogs() throws GatewayException {
        GatewayRequest request = GatewayRequests.current(context);
        request.requireAdmin("refreshFilterCatalogs");
        return catalogs.refresh(request);
    }
}
