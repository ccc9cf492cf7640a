package io.lushagraph.company;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.lushagraph.tenant.GatewayRequests;
import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;

/** Company lookups: one, or a list answered item by item. */
@GraphQLApi
public class CompanyGraphQLApi {

    private final CompanyService companies;
    private final Context context;

    public CompanyGraphQLApi(CompanyService companies, Context context) {
        this.companies = companies;
        this.context = context;
    }

    @Query("company")
    @Description("Finds one company. Null when Lusha finds none. Concurrent lookups from any request share bulk "
            + "calls to Lusha.")
    public Uni<Company> company(@NonNull @Name("lookup") @Description("Which company to find.") CompanyLookup lookup) {
        return companies.company(GatewayRequests.current(context), lookup);
    }

    @Query("companies")
    @Description("Finds many companies: one result per lookup, in order. Duplicates are fetched once and lookups go "
            + "to Lusha 100 per call; a failed lookup fails alone.")
    @NonNull
    public Uni<List<@NonNull CompanyResult>> companies(
            @NonNull @Name("lookups") @Description("Which companies to find.") List<@NonNull CompanyLookup> lookups) {
        return companies.companies(GatewayRequests.current(context), lookups);
    }
}
