package io.lushagraph.lookalike;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.lushagraph.company.Company;
import io.lushagraph.config.GatewayConfig;
import io.lushagraph.person.Person;
import io.lushagraph.tenant.GatewayRequests;
import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;

/** Lookalikes: contacts and companies like given seeds, page by page, and those of a person or company. */
@GraphQLApi
public class LookalikeGraphQLApi {

    private final LookalikeService lookalikes;
    private final Context context;
    private final int maxParents;

    public LookalikeGraphQLApi(LookalikeService lookalikes, Context context, GatewayConfig config) {
        this.lookalikes = lookalikes;
        this.context = context;
        this.maxParents = config.lookalikes().maxParents();
    }

    @Query("contactLookalikes")
    @Description("Contacts like the seed contacts (similar role, seniority and company), most alike first. Ask again "
            + "with the returned requestId for the next page; no contact repeats. Each returned contact costs a "
            + "credit.")
    @NonNull
    public Uni<ContactLookalikes> contactLookalikes(
            @NonNull @Name("seeds") @Description("The contacts to find others like.") ContactSeedsInput seeds,
            @Name("exclude") @Description("Contacts never to return.") ContactSeedsInput exclude,
            @Name("limit") @Description("Contacts per page, 1 to 25; Lusha's default is 25.") Integer limit,
            @Id @Name("requestId") @Description("The requestId of the previous page, to get the next one.") String requestId) {
        return lookalikes.contactLookalikes(GatewayRequests.current(context), seeds, exclude, limit, requestId);
    }

    @Query("companyLookalikes")
    @Description("Companies like the seed companies (similar industry, size and place), most alike first. Ask again "
            + "with the returned dedupeSessionId for more; no company repeats within a session. Each returned "
            + "company costs a credit.")
    @NonNull
    public Uni<CompanyLookalikes> companyLookalikes(
            @NonNull @Name("seeds") @Description("The companies to find others like.") CompanySeedsInput seeds,
            @Name("exclude") @Description("Companies never to return.") CompanySeedsInput exclude,
            @Name("limit") @Description("Companies per page, 1 to 100; Lusha's default is 25.") Integer limit,
            @Id @Name("dedupeSessionId") @Description("The session of earlier pages, to get more without repeats; "
                    + "unknown or expired sessions fail with LOOKALIKE_SESSION_EXPIRED.") String dedupeSessionId) {
        return lookalikes.companyLookalikes(GatewayRequests.current(context), seeds, exclude, limit, dedupeSessionId);
    }

    @Name("lookalikes")
    @Description("The first page of contacts like this person; continue with contactLookalikes and its requestId. "
            + "One Lusha call per person; a request may expand the lookalikes of at most "
            + "gateway.lookalikes.max-parents (25 by default) people and companies. Null when the person's company "
            + "is unknown.")
    public Uni<ContactLookalikes> personLookalikes(@Source Person person,
            @Name("limit") @Description("Contacts, 1 to 25; Lusha's default is 25.") Integer limit) {
        return lookalikes.ofPerson(GatewayRequests.current(context), ExpansionBudget.of(context, maxParents), person,
                limit);
    }

    @Name("lookalikes")
    @Description("The first page of companies like this one; continue with companyLookalikes and its "
            + "dedupeSessionId. One Lusha call per company; a request may expand the lookalikes of at most "
            + "gateway.lookalikes.max-parents (25 by default) people and companies. Null when the company has no "
            + "domain or LinkedIn page.")
    public Uni<CompanyLookalikes> companyLookalikesOf(@Source Company company,
            @Name("limit") @Description("Companies, 1 to 100; Lusha's default is 25.") Integer limit) {
        return lookalikes.ofCompany(GatewayRequests.current(context), ExpansionBudget.of(context, maxParents), company,
                limit);
    }
}
