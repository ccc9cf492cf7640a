package io.lushagraph.catalog;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;

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
import io.lushagraph.upstream.LushaAccount;
import io.lushagraph.upstream.LushaEndpoint;
import io.lushagraph.upstream.UpstreamExecutor;
import io.smallrye.mutiny.Uni;

/**
 * Calls Lusha's free prospecting filter endpoints for one account through the {@link UpstreamExecutor}.
 */
@ApplicationScoped
public class FilterClient {

    private final FilterRestClient rest;
    private final UpstreamExecutor upstream;

    public FilterClient(@RestClient FilterRestClient rest, UpstreamExecutor upstream) {
        this.rest = rest;
        this.upstream = upstream;
    }

    /** {@code GET /prospecting/filters/contacts/departments}. */
    public Uni<List<String>> contactDepartments(LushaAccount account) {
        return upstream.call(account, LushaEndpoint.FILTER_CONTACT_DEPARTMENTS, 1, rest::contactDepartments);
    }

    /** {@code GET /prospecting/filters/contacts/seniority}. */
    public Uni<List<SeniorityOption>> contactSeniorities(LushaAccount account) {
        return upstream.call(account, LushaEndpoint.FILTER_CONTACT_SENIORITY, 1, rest::contactSeniorities);
    }

    /** {@code GET /prospecting/filters/contacts/existing_data_points}. */
    public Uni<List<String>> contactDataPoints(LushaAccount account) {
        return upstream.call(account, LushaEndpoint.FILTER_CONTACT_DATA_POINTS, 1, rest::contactDataPoints);
    }

    /** {@code GET /prospecting/filters/contacts/all_countries}. */
    public Uni<List<CountryOption>> contactCountries(LushaAccount account) {
        return upstream.call(account, LushaEndpoint.FILTER_CONTACT_COUNTRIES, 1, rest::contactCountries);
    }

    /** {@code POST /prospecting/filters/contacts/locations}. */
    public Uni<List<ContactLocationOption>> contactLocations(LushaAccount account, String text) {
        return upstream.call(account, LushaEndpoint.FILTER_CONTACT_LOCATIONS, 1,
                key -> rest.contactLocations(key, new FilterSearchText(text)));
    }

    /** {@code POST /prospecting/filters/companies/names}. */
    public Uni<List<CompanyNameOption>> companyNames(LushaAccount account, String text) {
        return upstream.call(account, LushaEndpoint.FILTER_COMPANY_NAMES, 1,
                key -> rest.companyNames(key, new FilterSearchText(text)));
    }

    /** {@code GET /prospecting/filters/companies/industries_labels}. */
    public Uni<List<IndustryOption>> companyIndustries(LushaAccount account) {
        return upstream.call(account, LushaEndpoint.FILTER_COMPANY_INDUSTRIES, 1, rest::companyIndustries);
    }

    /** {@code GET /prospecting/filters/companies/sizes}. */
    public Uni<List<RangeOption>> companySizes(LushaAccount account) {
        return upstream.call(account, LushaEndpoint.FILTER_COMPANY_SIZES, 1, rest::companySizes);
    }

    /** {@code GET /prospecting/filters/companies/revenues}. */
    public Uni<List<RangeOption>> companyRevenues(LushaAccount account) {
        return upstream.call(account, LushaEndpoint.FILTER_COMPANY_REVENUES, 1, rest::companyRevenues);
    }

    /** {@code POST /prospecting/filters/companies/locations}. */
    public Uni<List<CompanyLocationOption>> companyLocations(LushaAccount account, String text) {
        return upstream.call(account, LushaEndpoint.FILTER_COMPANY_LOCATIONS, 1,
                key -> rest.companyLocations(key, new FilterSearchText(text)));
    }

    /** {@code GET /prospecting/filters/companies/sics}. */
    public Uni<List<CodeOption>> companySics(LushaAccount account) {
        return upstream.call(account, LushaEndpoint.FILTER_COMPANY_SICS, 1, rest::companySics);
    }

    /** {@code GET /prospecting/filters/companies/naics}. */
    public Uni<List<CodeOption>> companyNaics(LushaAccount account) {
        return upstream.call(account, LushaEndpoint.FILTER_COMPANY_NAICS, 1, rest::companyNaics);
    }

    /** {@code GET /prospecting/filters/companies/intent_topics}. */
    public Uni<List<String>> companyIntentTopics(LushaAccount account) {
        return upstream.call(account, LushaEndpoint.FILTER_COMPANY_INTENT_TOPICS, 1, rest::companyIntentTopics);
    }

    /** {@code POST /prospecting/filters/companies/technologies}. */
    public Uni<List<TechnologyOption>> companyTechnologies(LushaAccount account, String text) {
        return upstream.call(account, LushaEndpoint.FILTER_COMPANY_TECHNOLOGIES, 1,
                key -> rest.companyTechnologies(key, new FilterSearchText(text)));
    }
}
