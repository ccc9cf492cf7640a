package io.lushagraph.simulator.catalog;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestHeader;

import io.lushagraph.simulator.gate.Gate;
import io.lushagraph.simulator.gate.SimEndpoint;
import io.lushagraph.simulator.gate.SimReply;
import io.smallrye.mutiny.Uni;

/**
 * The simulated prospecting filter endpoints (getContactDepartments to searchCompanyTechnologies): free, behind the same gate
 * as every endpoint.
 */
@Path("/lusha-sim/prospecting/filters")
@Produces(MediaType.APPLICATION_JSON)
public class FilterResource {

    private final Gate gate;
    private final FilterSearches searches;

    public FilterResource(Gate gate, FilterSearches searches) {
        this.gate = gate;
        this.searches = searches;
    }

    @GET
    @Path("/contacts/departments")
    public Uni<Response> departments(@RestHeader("api_key") String apiKey) {
        return list(SimEndpoint.FILTER_CONTACT_DEPARTMENTS, apiKey, StaticFilters.DEPARTMENTS);
    }

    @GET
    @Path("/contacts/seniority")
    public Uni<Response> seniority(@RestHeader("api_key") String apiKey) {
        return list(SimEndpoint.FILTER_CONTACT_SENIORITY, apiKey, StaticFilters.SENIORITIES);
    }

    @GET
    @Path("/contacts/existing_data_points")
    public Uni<Response> dataPoints(@RestHeader("api_key") String apiKey) {
        return list(SimEndpoint.FILTER_CONTACT_DATA_POINTS, apiKey, StaticFilters.DATA_POINTS);
    }

    @GET
    @Path("/contacts/all_countries")
    public Uni<Response> countries(@RestHeader("api_key") String apiKey) {
        return list(SimEndpoint.FILTER_CONTACT_COUNTRIES, apiKey, StaticFilters.COUNTRIES);
    }

    @POST
    @Path("/contacts/locations")
    public Uni<Response> contactLocations(@RestHeader("api_key") String apiKey, String body) {
        return gate.pass(SimEndpoint.FILTER_CONTACT_LOCATIONS, apiKey, () -> searches.contactLocations(body));
    }

    @POST
    @Path("/companies/names")
    public Uni<Response> companyNames(@RestHeader("api_key") String apiKey, String body) {
        return gate.pass(SimEndpoint.FILTER_COMPANY_NAMES, apiKey, () -> searches.companyNames(body));
    }

    @GET
    @Path("/companies/industries_labels")
    public Uni<Response> industries(@RestHeader("api_key") String apiKey) {
        return list(SimEndpoint.FILTER_COMPANY_INDUSTRIES, apiKey, StaticFilters.INDUSTRIES);
    }

    @GET
    @Path("/companies/sizes")
    public Uni<Response> sizes(@RestHeader("api_key") String apiKey) {
        return list(SimEndpoint.FILTER_COMPANY_SIZES, apiKey, StaticFilters.SIZES);
    }

    @GET
    @Path("/companies/revenues")
    public Uni<Response> revenues(@RestHeader("api_key") String apiKey) {
        return list(SimEndpoint.FILTER_COMPANY_REVENUES, apiKey, StaticFilters.REVENUES);
    }

    @POST
    @Path("/companies/locations")
    public Uni<Response> companyLocations(@RestHeader("api_key") String apiKey, String body) {
        return gate.pass(SimEndpoint.FILTER_COMPANY_LOCATIONS, apiKey, () -> searches.companyLocations(body));
    }

    @GET
    @Path("/companies/sics")
    public Uni<Response> sics(@RestHeader("api_key") String apiKey) {
        return list(SimEndpoint.FILTER_COMPANY_SICS, apiKey, StaticFilters.SICS);
    }

    @GET
    @Path("/companies/naics")
    public Uni<Response> naics(@RestHeader("api_key") String apiKey) {
        return list(SimEndpoint.FILTER_COMPANY_NAICS, apiKey, StaticFilters.NAICS);
    }

    @GET
    @Path("/companies/intent_topics")
    public Uni<Response> intentTopics(@RestHeader("api_key") String apiKey) {
        return list(SimEndpoint.FILTER_COMPANY_INTENT_TOPICS, apiKey, StaticFilters.INTENT_TOPICS);
    }

    @POST
    @Path("/companies/technologies")
    public Uni<Response> technologies(@RestHeader("api_key") String apiKey, String body) {
        return gate.pass(SimEndpoint.FILTER_COMPANY_TECHNOLOGIES, apiKey, () -> searches.technologies(body));
    }

    private Uni<Response> list(SimEndpoint endpoint, String apiKey, Object catalog) {
        return gate.pass(endpoint, apiKey, () -> SimReply.ok(catalog));
    }
}
