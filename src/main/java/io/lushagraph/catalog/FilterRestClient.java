package io.lushagraph.catalog;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

import io.lushagraph.catalog.wire.CodeOption;
import io.lushagraph.catalog.wire.CompanyLocationOption;
import io.lushagraph.catalog.wire.CompanyNameOption;
import io.lushagraph.catalog.wire.ContactLocationOption;
import io.lushagraph.catalog.wire.CountryOption;
import io.lushagraph.catalog.wire.FilterSearchText;
import io.lushagraph.catalog.wire.IndustryOption;
import io.lushagraph.catalog.wire.RangeOption;
import io.lushagraph.catalog.wire.SeniorityOption;
import io.lushagraph.catalog.wire.TechnologyOption;
import io.lushagraph.upstream.LushaErrorMapper;
import io.smallrye.mutiny.Uni;

/**
 * Lusha's prospecting filter endpoints ({@code /prospecting/filters/*}): GET lists, and POST text searches for
 * locations, company names and technologies.
 */
@RegisterRestClient(configKey = "lusha-filters")
@RegisterProvider(LushaErrorMapper.class)
@Path("/prospecting/filters")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
interface FilterRestClient {

    @GET
    @Path("/contacts/departments")
    Uni<RestResponse<List<String>>> contactDepartments(@HeaderParam("api_key") String apiKey);

    @GET
    @Path("/contacts/seniority")
    Uni<RestResponse<List<SeniorityOption>>> contactSeniorities(@HeaderParam("api_key") String apiKey);

    @GET
    @Path("/contacts/existing_data_points")
    Uni<RestResponse<List<String>>> contactDataPoints(@HeaderParam("api_key") String apiKey);

    @GET
    @Path("/contacts/all_countries")
    Uni<RestResponse<List<CountryOption>>> contactCountries(@HeaderParam("api_key") String apiKey);

    @POST
    @Path("/contacts/locations")
    Uni<RestResponse<List<ContactLocationOption>>> contactLocations(@HeaderParam("api_key") String apiKey,
            FilterSearchText search);

    @POST
    @Path("/companies/names")
    Uni<RestResponse<List<CompanyNameOption>>> companyNames(@HeaderParam("api_key") String apiKey,
            FilterSearchText search);

    @GET
    @Path("/companies/industries_labels")
    Uni<RestResponse<List<IndustryOption>>> companyIndustries(@HeaderParam("api_key") String apiKey);

    @GET
    @Path("/companies/sizes")
    Uni<RestResponse<List<RangeOption>>> companySizes(@HeaderParam("api_key") String apiKey);

    @GET
    @Path("/companies/revenues")
    Uni<RestResponse<List<RangeOption>>> companyRevenues(@HeaderParam("api_key") String apiKey);

    @POST
    @Path("/companies/locations")
    Uni<RestResponse<List<CompanyLocationOption>>> companyLocations(@HeaderParam("api_key") String apiKey,
            FilterSearchText search);

    @GET
    @Path("/companies/sics")
    Uni<RestResponse<List<CodeOption>>> companySics(@HeaderParam("api_key") String apiKey);

    @GET
    @Path("/companies/naics")
    Uni<RestResponse<List<CodeOption>>> companyNaics(@HeaderParam("api_key") String apiKey);

    @GET
    @Path("/companies/intent_topics")
    Uni<RestResponse<List<String>>> companyIntentTopics(@HeaderParam("api_key") String apiKey);

    @POST
    @Path("/companies/technologies")
    Uni<RestResponse<List<TechnologyOption>>> companyTechnologies(@HeaderParam("api_key") String apiKey,
            FilterSearchText search);
}
