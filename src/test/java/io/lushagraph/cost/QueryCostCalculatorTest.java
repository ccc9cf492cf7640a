package io.lushagraph.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;

/** The cost calculator against the committed schema: points, credits, depth, aliases and root fields. */
class QueryCostCalculatorTest {

    static GraphQLSchema schema;

    @BeforeAll
    static void schema() throws IOException {
        String sdl = Files.readString(Path.of("graphql-schema/schema.graphql")) + "\nscalar Date\nscalar DateTime\n";
        schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
    }

    static QueryCost cost(String document, Map<String, Object> variables) {
        return QueryCostCalculator.cost(schema, Parser.parse(document), null, variables);
    }

    @Test
    void aSingleLookupCostsItsFieldsAndOneCredit() {
        QueryCost cost = cost("{ person(lookup: { id: \"1\" }) { id firstName } }", Map.of());
        assertThat(cost).isEqualTo(new QueryCost(3, 1, 2, 0, 1, 0));
        assertThat(cost.total()).isEqualTo(4);
    }

    @Test
    void fieldsUnderAListCountOncePerLookupAndEachLookupMayCostACredit() {
        QueryCost cost = cost("query($l: [PersonLookup!]!) { persons(lookups: $l) { person { id } error { code } } }",
                Map.of("l", List.of(Map.of("id", "1"), Map.of("id", "2"), Map.of("id", "3"))));
        assertThat(cost.points()).isEqualTo(1 + 3 * 4);
        assertThat(cost.credits()).isEqualTo(3);
        assertThat(cost.depth()).isEqualTo(3);
    }

    @Test
    void nestedSignalsMultiplyByTheirParentsAndSpendACreditEach() {
        QueryCost cost = cost("""
                query($l: [PersonLookup!]!) {
                  persons(lookups: $l) { person { id signals { type date } } }
                }""", Map.of("l", List.of(Map.of("id", "1"), Map.of("id", "2"))));
        // persons 1; person, id, signals: 2 each; type and date under 5 signals per person: 2 * 5 * 2.
        assertThat(cost.points()).isEqualTo(1 + 2 * 3 + 2 * 5 * 2);
        // a credit per person, and one per person for each of the 2 contact signal types (all, as none are named)
        assertThat(cost.credits()).isEqualTo(2 + 2 * 2);
        assertThat(cost.depth()).isEqualTo(4);
    }

    @Test
    void signalCreditsCountTheTypesAskedFor() {
        Map<String, Object> twoCompanies = Map.of("l", List.of(Map.of("domain", "a.com"), Map.of("domain", "b.com")));
        assertThat(cost("""
                query($l: [CompanyLookup!]!) { companySignals(lookups: $l) { companyId } }""", twoCompanies)
                .credits()).as("all 22 company signal types").isEqualTo(2 * 22);
        assertThat(cost("""
                query($l: [CompanyLookup!]!) {
                  companySignals(lookups: $l, types: [RISK_NEWS, SURGE_IN_HIRING, RISK_NEWS]) { companyId }
                }""", twoCompanies).credits()).as("two distinct types").isEqualTo(2 * 2);
        assertThat(cost("""
                query($l: [CompanyLookup!]!) { companies(lookups: $l) { company { id signals(types: []) { type } } } }""",
                twoCompanies).credits()).as("an empty list means all types").isEqualTo(2 + 2 * 22);
    }

    @Test
    void searchesArePricedByTheirPageSizeAndCostNoCredits() {
        QueryCost cost = cost("{ searchContacts(page: { page: 0, size: 50 }) { requestId contacts { id } } }",
                Map.of());
        assertThat(cost.points()).isEqualTo(1 + 50 + 50 * 2);
        assertThat(cost.credits()).isZero();
        QueryCost defaultPage = cost("{ searchContacts { contacts { id } } }", Map.of());
        assertThat(defaultPage.points()).isEqualTo(1 + 20 + 20);
    }

    @Test
    void lookalikesArePricedByTheirLimit() {
        QueryCost cost = cost("{ company(lookup: { id: \"1\" }) { lookalikes(limit: 7) { results { name } } } }",
                Map.of());
        assertThat(cost.credits()).isEqualTo(1 + 7);
        assertThat(cost.points()).isEqualTo(1 + 1 + 7 + 7);
    }

    @Test
    void lookalikesWithoutALimitArePricedAtLushasDefaultOfTwentyFive() {
        QueryCost nested = cost("{ company(lookup: { id: \"1\" }) { lookalikes { results { name } } } }", Map.of());
        assertThat(nested.credits()).isEqualTo(1 + 25);
        assertThat(nested.points()).isEqualTo(1 + 1 + 25 + 25);
        assertThat(cost("{ person(lookup: { id: \"1\" }) { lookalikes { results { id } } } }", Map.of()).credits())
                .isEqualTo(1 + 25);
        assertThat(
                cost("{ contactLookalikes(seeds: { contacts: [{ personId: \"1\", companyId: \"2\" }] }) { results { id } } }",
                        Map.of())
                        .credits())
                .isEqualTo(25);
        assertThat(cost("{ companyLookalikes(seeds: { domains: [\"a.com\"] }) { results { name } } }", Map.of())
                .credits()).isEqualTo(25);
    }

    @Test
    void aliasesRootFieldsAndFragmentsAreCounted() {
        QueryCost cost = cost("""
                { a: me { ...who } b: me { ...who } c: me { tenant } }
                fragment who on Me { tenant admin }""", Map.of());
        assertThat(cost.aliases()).isEqualTo(3);
        assertThat(cost.rootFields()).isEqualTo(3);
        assertThat(cost.points()).isEqualTo(3 + 2 + 2 + 1);
        assertThat(cost.credits()).isZero();
    }

    @Test
    void aFragmentSpreadManyTimesIsCountedEachTime() {
        StringBuilder query = new StringBuilder("query($l: [PersonLookup!]!) {");
        for (int i = 0; i < 10; i++) {
            query.append(" p").append(i).append(": persons(lookups: $l) { ...found }");
        }
        query.append(" } fragment found on PersonResult { person { id firstName } }");
        QueryCost cost = cost(query.toString(), Map.of("l", List.of(Map.of("id", "1"), Map.of("id", "2"))));
        assertThat(cost.points()).isEqualTo(10 * (1 + 2 * 3));
        assertThat(cost.credits()).isEqualTo(10 * 2);
    }

    @Test
    void aFragmentIsPricedByTheListsAboveEachOfItsUses() {
        String document = """
                query($l: [PersonLookup!]!) {
                  one: person(lookup: { id: "1" }) { ...seen }
                  all: persons(lookups: $l) { person { ...seen } }
                  search: searchContacts(page: { page: 0, size: 4 }) { contacts { id } }
                }
                fragment seen on Person { id signals(types: [PROMOTION]) { type } ...contact }
                fragment contact on Person { emails { address } }""";
        QueryCost cost = cost(document, Map.of("l", List.of(Map.of("id", "2"), Map.of("id", "3"))));
        // seen under one item: id, signals, 5 x type, emails, address = 9 points and 1 signal credit
        assertThat(cost.points()).isEqualTo((1 + 9) + (1 + 2 * (1 + 9)) + (1 + 4 + 4));
        assertThat(cost.credits()).isEqualTo((1 + 1) + (2 + 2 * 1));
        assertThat(cost.contactData()).as("emails in each of the two uses").isEqualTo(2);
        assertThat(cost.aliases()).isEqualTo(3);
        assertThat(cost.depth()).isEqualTo(4);
    }

    /** Fragment i spreads fragment i-1 twice: 2^depth uses of fragment 0 in a document of a kilobyte or so. */
    static String fragmentBomb(int depth) {
        StringBuilder document = new StringBuilder("query { ...F").append(depth).append(" }\n");
        document.append("fragment F0 on Query { me { tenant } }\n");
        for (int i = 1; i <= depth; i++) {
            document.append("fragment F").append(i).append(" on Query { ...F").append(i - 1).append(" ...F")
                    .append(i - 1).append(" }\n");
        }
        return document.toString();
    }

    @Test
    void aFragmentSpreadBombIsCountedInFullByVisitingEachSelectionOnce() {
        QueryCostCalculator.Walked walked = QueryCostCalculator.walk(schema, Parser.parse(fragmentBomb(40)), null,
                Map.of(), CachedLookups.NONE);
        long uses = 1L << 40;
        assertThat(walked.cost()).isEqualTo(new QueryCost(2 * uses, 0, 2, 0, uses, 0));
        // the operation's spread, two spreads in each of 40 fragments, me and tenant in F0
        assertThat(walked.nodes()).isEqualTo(1 + 2 * 40 + 2);
    }

    @Test
    void countsTooLargeForALongStopThere() {
        QueryCost cost = cost(fragmentBomb(70), Map.of());
        assertThat(cost.points()).isEqualTo(Long.MAX_VALUE);
        assertThat(cost.rootFields()).isEqualTo(Long.MAX_VALUE);
        assertThat(cost.total()).isEqualTo(Long.MAX_VALUE);
        assertThat(new QueryCost(Long.MAX_VALUE, 3, 1, 0, 1, 0).total()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void emailsAndPhonesAreCountedAsContactData() {
        QueryCost cost = cost("{ person(lookup: { id: \"1\" }) { id emails { address } phones { number } } }",
                Map.of());
        assertThat(cost.contactData()).isEqualTo(2);
        assertThat(cost("{ person(lookup: { id: \"1\" }) { id fullName } }", Map.of()).contactData()).isZero();
    }

    @Test
    void theNamedOperationIsPriced() {
        String document = "query Cheap { me { tenant } } query Dear { person(lookup: { id: \"1\" }) { id } }";
        assertThat(QueryCostCalculator.cost(schema, Parser.parse(document), "Dear", Map.of()).credits()).isEqualTo(1);
        assertThat(QueryCostCalculator.cost(schema, Parser.parse(document), "Cheap", Map.of()).credits()).isZero();
    }

    @Test
    void fieldsSpreadAtTheRootAreRootFieldsAndTypenameIsAPoint() {
        QueryCost cost = cost("""
                { ...roots ... on Query { accountUsage { __typename } } }
                fragment roots on Query { me { __typename tenant } contactFilters { departments { id } } }""",
                Map.of());
        assertThat(cost.rootFields()).isEqualTo(3);
        assertThat(cost.points()).isEqualTo(3 + 2 + 2 + 1);
        assertThat(cost.depth()).isEqualTo(3);
    }

    @Test
    void literalListsAndPagesArePricedLikeVariables() {
        QueryCost literal = cost("{ persons(lookups: [{ id: \"1\" }, { id: \"2\" }]) { person { id } } }", Map.of());
        assertThat(literal.credits()).isEqualTo(2);
        assertThat(literal.points()).isEqualTo(1 + 2 * 2);
        QueryCost page = cost("query($p: PageInput) { searchCompanies(page: $p) { companies { id } } }",
                Map.of("p", Map.of("page", 0, "size", 3)));
        assertThat(page.points()).isEqualTo(1 + 3 + 3);
    }

    @Test
    void costsStopAtTheLargestNumberInsteadOfWrapping() {
        assertThat(QueryCostCalculator.Saturating.multiply(Long.MAX_VALUE / 2 + 1, 2)).isEqualTo(Long.MAX_VALUE);
        assertThat(QueryCostCalculator.Saturating.multiply(Long.MAX_VALUE / 2, 2)).isEqualTo(Long.MAX_VALUE - 1);
        assertThat(QueryCostCalculator.Saturating.multiply(3, 0)).isZero();
        assertThat(QueryCostCalculator.Saturating.add(Long.MAX_VALUE, 1)).isEqualTo(Long.MAX_VALUE);
        assertThat(QueryCostCalculator.Saturating.add(2, 3)).isEqualTo(5);
    }

    @Test
    void introspectionCountsTowardsDepth() {
        QueryCost cost = cost("{ __type(name: \"Person\") { ofType { ofType { name } } } }", Map.of());
        assertThat(cost.depth()).isEqualTo(4);
        assertThat(cost.credits()).isZero();
    }

    @Test
    void enrichmentIsPricedByTheIdsSent() {
        QueryCost cost = cost("""
                mutation { enrichContacts(requestId: "r", contactIds: ["a", "b", "c", "d"]) { contactId } }""",
                Map.of());
        assertThat(cost.points()).isEqualTo(1 + 4);
        assertThat(cost.credits()).isEqualTo(4);
    }

    /** Person "1" and company "7" are cached, and person "1" only without options. */
    static final CachedLookups CACHED = (field, lookup, options) -> switch (field) {
        case "Query.person", "Query.persons" -> "1".equals(lookup.get("id")) && options == null;
        case "Query.company", "Query.companies" -> "7".equals(lookup.get("id"));
        default -> true;
    };

    static QueryCost cached(String document, Map<String, Object> variables) {
        return QueryCostCalculator.cost(schema, Parser.parse(document), null, variables, CACHED);
    }

    @Test
    void aCachedLookupCostsNoCredit() {
        assertThat(cached("{ person(lookup: { id: \"1\" }) { id } }", Map.of()).credits()).isZero();
        assertThat(cached("{ person(lookup: { id: \"2\" }) { id } }", Map.of()).credits()).isEqualTo(1);
        assertThat(cached("query($l: PersonLookup!) { person(lookup: $l) { id } }", Map.of("l", Map.of("id", "1")))
                .credits()).isZero();
        assertThat(cached("{ company(lookup: { id: \"7\" }) { id } }", Map.of()).credits()).isZero();
        assertThat(cached("{ company(lookup: { id: \"8\" }) { id } }", Map.of()).credits()).isEqualTo(1);
        assertThat(cached("{ person(lookup: { id: \"1\" }) { id } }", Map.of()).points())
                .as("only credits depend on the cache").isEqualTo(2);
    }

    @Test
    void theOptionsArePassedToTheCacheCheck() {
        assertThat(cached("{ person(lookup: { id: \"1\" }, options: { revealEmails: true }) { id } }", Map.of())
                .credits()).isEqualTo(1);
        assertThat(
                cached("query($o: PersonLookupOptions) { persons(lookups: [{ id: \"1\" }], options: $o) { error { code } } }",
                        Map.of("o", Map.of("filterBy", "EMAIL_ADDRESSES"))).credits())
                .isEqualTo(1);
    }

    @Test
    void aListCostsACreditPerLookupNotCached() {
        QueryCost literal = cached("""
                { persons(lookups: [{ id: "1" }, { id: "2" }, { id: "3" }]) { person { id } } }""", Map.of());
        assertThat(literal.credits()).isEqualTo(2);
        assertThat(literal.points()).isEqualTo(1 + 3 * 2);
        QueryCost variables = cached("query($l: [CompanyLookup!]!) { companies(lookups: $l) { company { id } } }",
                Map.of("l", List.of(Map.of("id", "7"), Map.of("id", "7"), Map.of("domain", "acme.com"))));
        assertThat(variables.credits()).isEqualTo(1);
        QueryCost allCached = cached("query($l: [PersonLookup!]!) { persons(lookups: $l) { person { id } } }",
                Map.of("l", List.of(Map.of("id", "1"))));
        assertThat(allCached.credits()).isZero();
    }

    @Test
    void onlyPersonAndCompanyLookupsAskTheCache() {
        assertThat(cached("""
                mutation { enrichContacts(requestId: "r", contactIds: ["1", "2"]) { contactId } }""", Map.of())
                .credits()).isEqualTo(2);
        assertThat(cached("{ companyLookalikes(seeds: { domains: [\"a.com\"] }, limit: 4) { hasMore } }", Map.of())
                .credits()).isEqualTo(4);
        assertThat(cached("""
                query($l: [PersonLookup!]!) { contactSignals(lookups: $l) { personId } }""",
                Map.of("l", List.of(Map.of("id", "1")))).credits()).as("both contact signal types").isEqualTo(2);
    }

    @Test
    void literalsReachTheCacheCheckAsPlainValues() {
        Map<String, Object> seen = new java.util.HashMap<>();
        QueryCostCalculator.cost(schema, Parser
                .parse("""
                        { person(lookup: { id: "5", email: "x@y.z" }, options: { revealPhones: false, filterBy: PHONE_NUMBERS }) { id } }"""),
                null, Map.of(), (field, lookup, options) -> {
                    seen.putAll(lookup);
                    seen.putAll(options);
                    return false;
                });
        assertThat(seen).containsEntry("id", "5").containsEntry("email", "x@y.z").containsEntry("revealPhones", false)
                .containsEntry("filterBy", "PHONE_NUMBERS");
    }
}
