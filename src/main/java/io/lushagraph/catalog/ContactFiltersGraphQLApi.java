package io.lushagraph.catalog;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.lushagraph.common.Location;
import io.lushagraph.tenant.GatewayRequests;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;

/** {@code contactFilters}: the contact filter catalogs, one upstream call per catalog at most. */
@GraphQLApi
public class ContactFiltersGraphQLApi {

    private final FilterCatalogs catalogs;
    private final Context context;

    public ContactFiltersGraphQLApi(FilterCatalogs catalogs, Context context) {
        this.catalogs = catalogs;
        this.context = context;
    }

    @Query("contactFilters")
    @Description("The values a contact search can filter by. Makes no upstream call by itself; each selected field "
            + "loads its own catalog.")
    @NonNull
    @NonBlocking
    public ContactFilterCatalogs contactFilters() {
        return new ContactFilterCatalogs();
    }

    @Description("Departments, e.g. Engineering & Technical. Cached like every static catalog.")
    @NonNull
    public Uni<List<@NonNull FilterOption>> departments(@Source ContactFilterCatalogs filters) {
        return catalogs.catalog(GatewayRequests.current(context), FilterCatalog.CONTACT_DEPARTMENTS);
    }

    @Description("Seniority levels: the id is Lusha's seniority id, e.g. 10 for founder.")
    @NonNull
    public Uni<List<@NonNull FilterOption>> seniorities(@Source ContactFilterCatalogs filters) {
        return catalogs.catalog(GatewayRequests.current(context), FilterCatalog.CONTACT_SENIORITIES);
    }

    @Description("Contact data points a search can require, e.g. work_email or mobile_phone.")
    @NonNull
    public Uni<List<@NonNull FilterOption>> dataPoints(@Source ContactFilterCatalogs filters) {
        return catalogs.catalog(GatewayRequests.current(context), FilterCatalog.CONTACT_DATA_POINTS);
    }

    @Description("Every country, with its ISO code.")
    @NonNull
    public Uni<List<@NonNull Country>> countries(@Source ContactFilterCatalogs filters) {
        return catalogs.catalog(GatewayRequests.current(context), FilterCatalog.CONTACT_COUNTRIES);
    }

    @Description("Countries, states and cities whose name matches the text, case-insensitively. Answers are cached "
            + "per text for a short while.")
    @NonNull
    public Uni<List<@NonNull Location>> locations(@Source ContactFilterCatalogs filters,
            @NonNull @Name("text") @Description("Part of a place name, e.g. new york; not blank, at most 100 "
                    + "characters.") String text) {
        return catalogs.search(GatewayRequests.current(context), TextSearch.CONTACT_LOCATIONS, text);
    }
}
