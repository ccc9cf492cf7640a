package io.lushagraph.signal;

import java.time.LocalDate;
import java.util.List;

import org.dataloader.DataLoaderRegistry;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import graphql.schema.DataFetchingEnvironment;
import io.lushagraph.company.Company;
import io.lushagraph.company.CompanyLookup;
import io.lushagraph.person.Person;
import io.lushagraph.person.PersonLookup;
import io.lushagraph.tenant.GatewayRequests;
import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;

/**
 * Signals: of listed people and companies, and as {@code Person.signals} and {@code Company.signals}, which resolve
 * per field, so that aliases with different arguments each get their own answer, and batch through per-request
 * loaders.
 */
@GraphQLApi
public class SignalGraphQLApi {

    private final ContactSignalService contacts;
    private final CompanySignalService companies;
    private final Context context;

    public SignalGraphQLApi(ContactSignalService contacts, CompanySignalService companies, Context context) {
        this.contacts = contacts;
        this.companies = companies;
        this.context = context;
    }

    @Query("contactSignals")
    @Description("Signals of many people: one result per lookup, in order. Lookups go to Lusha's contact signal "
            + "search 100 per call; a lookup without a usable identifier fails alone.")
    @NonNull
    public Uni<List<@NonNull ContactSignalsResult>> contactSignals(
            @NonNull @Name("lookups") @Description("Whose signals to find.") List<@NonNull PersonLookup> lookups,
            @Name("types") @Description("Which kinds of signal; all when omitted or empty.") List<ContactSignalType> types,
            @Name("since") @Description("The earliest date to include; six months ago when omitted.") LocalDate since) {
        return contacts.search(GatewayRequests.current(context), lookups, SignalQuery.contacts(types, since));
    }

    @Query("companySignals")
    @Description("Signals of many companies: one result per lookup, in order. Lookups go to Lusha's company signal "
            + "search 100 per call; a lookup without a usable identifier fails alone.")
    @NonNull
    public Uni<List<@NonNull CompanySignalsResult>> companySignals(
            @NonNull @Name("lookups") @Description("Whose signals to find.") List<@NonNull CompanyLookup> lookups,
            @Name("types") @Description("Which kinds of signal; all when omitted or empty.") List<CompanySignalType> types,
            @Name("since") @Description("The earliest date to include; six months ago when omitted.") LocalDate since) {
        return companies.search(GatewayRequests.current(context), lookups, SignalQuery.companies(types, since));
    }

    @Name("signals")
    @Description("The person's signals, newest first. The people of a list are asked for in bulk, 100 per call.")
    public Uni<List<@NonNull Signal>> personSignals(@Source Person person,
            @Name("types") @Description("Which kinds of signal; all when omitted or empty.") List<ContactSignalType> types,
            @Name("since") @Description("The earliest date to include; six months ago when omitted.") LocalDate since) {
        return contacts.ofPerson(GatewayRequests.current(context), loaders(), person.id(),
                SignalQuery.contacts(types, since));
    }

    @Name("signals")
    @Description("The company's signals, newest first. The companies of a list are asked for in bulk, 100 per call.")
    public Uni<List<@NonNull Signal>> companySignals(@Source Company company,
            @Name("types") @Description("Which kinds of signal; all when omitted or empty.") List<CompanySignalType> types,
            @Name("since") @Description("The earliest date to include; six months ago when omitted.") LocalDate since) {
        return companies.ofCompany(GatewayRequests.current(context), loaders(), company.id(),
                SignalQuery.companies(types, since));
    }

    private DataLoaderRegistry loaders() {
        return context.unwrap(DataFetchingEnvironment.class).getDataLoaderRegistry();
    }
}
