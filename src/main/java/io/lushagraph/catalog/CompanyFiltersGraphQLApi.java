package io.lushagraph.catalog;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.lushagraph.common.Location;
import io.lushagraph.common.Range;
import io.lushagraph.tenant.GatewayRequests;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;

/** {@code companyFilters}: the company filter catalogs, one upstream call per catalog at most. */
@GraphQLApi
public class CompanyFiltersGraphQLApi {

    private static final String TEXT = "Part of the name to match, case-insensitively; not blank, at most 100 "
            + "characters.";

    private final FilterCatalogs catalogs;
    private final Context context;

    public CompanyFiltersGraphQLApi(FilterCatalogs catalogs, Context context) {
        this.catalogs = catalogs;
        this.context = context;
    }

    @Query("companyFilters")
    @Description("The values a company search can filter by. Makes no upstream call by itself; each selected field "
            + "loads its own catalog.")
    @NonNull
    @NonBlocking
    public CompanyFilterCatalogs companyFilters() {
        return new CompanyFilterCatalogs();
    }

    @Description("Main industries with their sub-industries.")
    @NonNull
    public Uni<List<@NonNull Industry>> industries(@Source CompanyFilterCatalogs filters) {
        return catalogs.catalog(GatewayRequests.current(context), FilterCatalog.COMPANY_INDUSTRIES);
    }

    @Description("Employee-count ranges.")
    @NonNull
    public Uni<List<@NonNull Range>> sizes(@Source CompanyFilterCatalogs filters) {
        return catalogs.catalog(GatewayRequests.current(context), FilterCatalog.COMPANY_SIZES);
    }

    @Description("Yearly revenue ranges in USD.")
    @NonNull
    public Uni<List<@NonNull Range>> revenues(@Source CompanyFilterCatalogs filters) {
        return catalogs.catalog(GatewayRequests.current(context), FilterCatalog.COMPANY_REVENUES);
    }

    @Description("SIC codes.")
    @NonNull
    public Uni<List<@NonNull CodeLabel>> sics(@Source CompanyFilterCatalogs filters) {
        return catalogs.catalog(GatewayRequests.current(context), FilterCatalog.COMPANY_SICS);
    }

    @Description("NAICS codes.")
    @NonNull
    public Uni<List<@NonNull CodeLabel>> naics(@Source CompanyFilterCatalogs filters) {
        return catalogs.catalog(GatewayRequests.current(context), FilterCatalog.COMPANY_NAICS);
    }

    @Description("Buyer-intent topics.")
    @NonNull
    public Uni<List<@NonNull FilterOption>> intentTopics(@Source CompanyFilterCatalogs filters) {
        return catalogs.catalog(GatewayRequests.current(context), FilterCatalog.COMPANY_INTENT_TOPICS);
    }

    @Description("Companies whose name matches the text. Answers are cached per text for a short while.")
    @NonNull
    public Uni<List<@NonNull CompanyName>> names(@Source CompanyFilterCatalogs filters,
            @NonNull @Name("text") @Description(TEXT) String text) {
        return catalogs.search(GatewayRequests.current(context), TextSearch.COMPANY_NAMES, text);
    }

    @Description("Countries companies are located in whose name matches the text. Answers are cached per text for a "
            + "short while.")
    @NonNull
    public Uni<List<@NonNull Location>> locations(@Source CompanyFilterCatalogs filters,
            @NonNull @Name("text") @Description(TEXT) String text) {
        return catalogs.search(GatewayRequests.current(context), TextSearch.COMPANY_LOCATIONS, text);
    }

    @Description("Technologies whose name matches the text. Answers are cached per text for a short while.")
    @NonNull
    public Uni<List<@NonNull FilterOption>> technologies(@Source CompanyFilterCatalogs filters,
            @NonNull @Name("text") @Description(TEXT) String text) {
        return catalogs.search(GatewayRequests.current(context), TextSearch.COMPANY_TECHNOLOGIES, text);
    }
}
