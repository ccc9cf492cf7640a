package io.lushagraph.person;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.lushagraph.tenant.GatewayRequests;
import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;

/** Person lookups: one, or a list answered item by item. */
@GraphQLApi
public class PersonGraphQLApi {

    private final PersonService people;
    private final Context context;

    public PersonGraphQLApi(PersonService people, Context context) {
        this.people = people;
        this.context = context;
    }

    @Query("person")
    @Description("Finds one person. Null when Lusha finds nobody. Concurrent lookups from any request share bulk "
            + "calls to Lusha.")
    public Uni<Person> person(
            @NonNull @Name("lookup") @Description("Who to find.") PersonLookup lookup,
            @Name("options") @Description("Options sent to Lusha with the lookup.") PersonLookupOptions options) {
        return people.person(GatewayRequests.current(context), lookup, options);
    }

    @Query("persons")
    @Description("Finds many people: one result per lookup, in order. Duplicates are fetched once and lookups go "
            + "to Lusha 100 per call; a failed lookup fails alone.")
    @NonNull
    public Uni<List<@NonNull PersonResult>> persons(
            @NonNull @Name("lookups") @Description("Who to find.") List<@NonNull PersonLookup> lookups,
            @Name("options") @Description("Options sent to Lusha with every lookup.") PersonLookupOptions options) {
        return people.persons(GatewayRequests.current(context), lookups, options);
    }
}
