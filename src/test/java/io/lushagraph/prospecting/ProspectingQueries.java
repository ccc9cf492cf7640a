package io.lushagraph.prospecting;

import java.util.List;
import java.util.Map;

import io.lushagraph.simulator.Sim;
import io.restassured.path.json.JsonPath;

/** The GraphQL documents the prospecting tests send, and a search made past the gateway. */
final class ProspectingQueries {

    static final String SEARCH_CONTACTS = """
            query($filters: ContactSearchFilters, $page: PageInput) {
              searchContacts(filters: $filters, page: $page) {
                requestId totalResults page size
                contacts {
                  id name jobTitle companyId companyName companyDomain companyDescription alreadyRevealed
                  available { emails phones mobilePhone }
                  companyAvailable { revenue country }
                  signalTypes
                }
              }
            }""";

    static final String ENRICH_CONTACTS = """
            mutation($requestId: ID!, $ids: [String!]!, $revealEmails: Boolean) {
              enrichContacts(requestId: $requestId, contactIds: $ids, revealEmails: $revealEmails) {
                contactId
                person {
                  id fullName firstName lastName
                  jobTitle { title departments seniority }
                  emails { address type }
                  phones { number type }
                  location { country countryCode city }
                  socialLinks { linkedin }
                  company { id name industry }
                }
                error { code message }
              }
            }""";

    static final String SEARCH_COMPANIES = """
            query($filters: CompanySearchFilters, $page: PageInput) {
              searchCompanies(filters: $filters, page: $page) {
                requestId totalResults page size
                companies { id name domain description available { revenue technologies } signalTypes }
              }
            }""";

    static final String ENRICH_COMPANIES = """
            mutation($requestId: ID!, $ids: [String!]!) {
              enrichCompanies(requestId: $requestId, companyIds: $ids) {
                companyId
                company {
                  id name domain website industry subIndustry technologies
                  size { min max } revenue { min max } location { country countryCode city }
                }
                error { code message }
              }
            }""";

    private ProspectingQueries() {
    }

    /** A contact search made straight at the simulator, as another gateway replica or client of the account would. */
    static JsonPath searchPastTheGateway(List<String> linkedinUrls) {
        return Sim.api().body(Map.of("filters", Map.of("contacts", Map.of("include",
                Map.of("linkedinUrls", linkedinUrls))))).post("/prospecting/contact/search").then().statusCode(200)
                .extract().jsonPath();
    }

    static List<String> linkedinUrls(List<Map<String, String>> people) {
        return people.stream().map(p -> p.get("linkedinUrl")).toList();
    }
}
