package io.lushagraph.prospecting;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.lushagraph.prospecting.wire.CompanyEnrichRequest;
import io.lushagraph.prospecting.wire.CompanyEnrichResponse;
import io.lushagraph.prospecting.wire.CompanySearchRequest;
import io.lushagraph.prospecting.wire.CompanySearchResponse;
import io.lushagraph.prospecting.wire.ContactEnrichRequest;
import io.lushagraph.prospecting.wire.ContactEnrichResponse;
import io.lushagraph.prospecting.wire.ContactSearchRequest;
import io.lushagraph.prospecting.wire.ContactSearchResponse;
import io.lushagraph.upstream.LushaAccount;
import io.lushagraph.upstream.LushaEndpoint;
import io.lushagraph.upstream.UpstreamExecutor;
import io.smallrye.mutiny.Uni;

/**
 * Calls Lusha's prospecting search and enrich endpoints for one account through the {@link UpstreamExecutor};
 * enrich calls report how many rows they reveal.
 */
@ApplicationScoped
public class ProspectingClient {

    private final ProspectingRestClient rest;
    private final UpstreamExecutor upstream;

    public ProspectingClient(@RestClient ProspectingRestClient rest, UpstreamExecutor upstream) {
        this.rest = rest;
        this.upstream = upstream;
    }

    /** {@code POST /prospecting/contact/search}. */
    public Uni<ContactSearchResponse> searchContacts(LushaAccount account, ContactSearchRequest request) {
        return upstream.call(account, LushaEndpoint.CONTACT_SEARCH, 1, key -> rest.searchContacts(key, request));
    }

    /** {@code POST /prospecting/contact/enrich}. */
    public Uni<ContactEnrichResponse> enrichContacts(LushaAccount account, ContactEnrichRequest request) {
        return upstream.call(account, LushaEndpoint.CONTACT_ENRICH, size(request.contactIds()),
                key -> rest.enrichContacts(key, request));
    }

    /** {@code POST /prospecting/company/search}. */
    public Uni<CompanySearchResponse> searchCompanies(LushaAccount account, CompanySearchRequest request) {
        return upstream.call(account, LushaEndpoint.COMPANY_SEARCH, 1, key -> rest.searchCompanies(key, request));
    }

    /** {@code POST /prospecting/company/enrich}. */
    public Uni<CompanyEnrichResponse> enrichCompanies(LushaAccount account, CompanyEnrichRequest request) {
        return upstream.call(account, LushaEndpoint.COMPANY_ENRICH, size(request.companiesIds()),
                key -> rest.enrichCompanies(key, request));
    }

    private static int size(List<?> items) {
        return items == null ? 0 : items.size();
    }
}
