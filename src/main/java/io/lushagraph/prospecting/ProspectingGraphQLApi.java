package io.lushagraph.prospecting;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.lushagraph.tenant.GatewayRequests;
import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;

/** Prospecting: search contacts and companies by filters, then enrich the rows found. */
@GraphQLApi
public class ProspectingGraphQLApi {

    private final ProspectSearchService searches;
    private final ProspectEnrichService enrichment;
    private final Context context;

    public ProspectingGraphQLApi(ProspectSearchService searches, ProspectEnrichService enrichment, Context context) {
        this.searches = searches;
        this.enrichment = enrichment;
        this.context = context;
    }

    @Query("searchContacts")
    @Description("Searches Lusha's contacts by filters, one page at a time, without revealing contact details "
            + "(free). A bad page is INVALID_INPUT before any call to Lusha.")
    @NonNull
    public Uni<ContactSearchResult> searchContacts(
            @Name("filters") @Description("What the contacts and their companies must match; all contacts when left "
                    + "out.") ContactSearchFilters filters,
            @Name("page") @Description("Which page; page 0 of 20 rows when left out.") PageInput page) {
        return searches.searchContacts(GatewayRequests.current(context), filters, page);
    }

    @Query("searchCompanies")
    @Description("Searches Lusha's companies by filters, one page at a time (free). A bad page is INVALID_INPUT "
            + "before any call to Lusha.")
    @NonNull
    public Uni<CompanySearchResult> searchCompanies(
            @Name("filters") @Description("What the companies must match; all companies when left out.") CompanySearchFilters filters,
            @Name("page") @Description("Which page; page 0 of 20 rows when left out.") PageInput page) {
        return searches.searchCompanies(GatewayRequests.current(context), filters, page);
    }

    @Mutation("enrichContacts")
    @Description("Reveals contacts found by a search: one result per id, in order, a credit per contact revealed. An "
            + "id from another search fails alone with INVALID_INPUT; ids go to Lusha 100 per call.")
    @NonNull
    public Uni<List<@NonNull ContactEnrichResult>> enrichContacts(
            @NonNull @Id @Name("requestId") @Description("The search's requestId.") String requestId,
            // [String!]! rather than [ID!]!: SmallRye GraphQL 2.17 cannot coerce a list argument marked @Id.
            @NonNull @Name("contactIds") @Description("Row ids of that search.") List<@NonNull String> contactIds,
            @Name("revealEmails") @Description("Reveal email addresses only (Unified Credits plans); both when neither "
                    + "reveal option is set.") Boolean revealEmails,
            @Name("revealPhones") @Description("Reveal phone numbers only (Unified Credits plans); both when neither "
                    + "reveal option is set.") Boolean revealPhones) {
        return enrichment.enrichContacts(GatewayRequests.current(context), requestId, contactIds, revealEmails,
                revealPhones);
    }

    @Mutation("enrichCompanies")
    @Description("Reveals companies found by a search: one result per id, in order, a credit per company revealed. "
            + "An id from another search fails alone with INVALID_INPUT; ids go to Lusha 100 per call.")
    @NonNull
    public Uni<List<@NonNull CompanyEnrichResult>> enrichCompanies(
            @NonNull @Id @Name("requestId") @Description("The search's requestId.") String requestId,
            @NonNull @Name("companyIds") @Description("Row ids of that search.") List<@NonNull String> companyIds) {
        return enrichment.enrichCompanies(GatewayRequests.current(context), requestId, companyIds);
    }
}
