package io.lushagraph.company;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.lushagraph.company.wire.BulkCompanyRequest;
import io.lushagraph.company.wire.CompanySingleResponse;
import io.lushagraph.company.wire.WireBulkCompany;
import io.lushagraph.upstream.LushaAccount;
import io.lushagraph.upstream.LushaEndpoint;
import io.lushagraph.upstream.UpstreamExecutor;
import io.smallrye.mutiny.Uni;

/** Calls Lusha's company endpoints through the {@link UpstreamExecutor}. */
@ApplicationScoped
public class CompanyClient {

    private final CompanyRestClient rest;
    private final UpstreamExecutor upstream;

    public CompanyClient(@RestClient CompanyRestClient rest, UpstreamExecutor upstream) {
        this.rest = rest;
        this.upstream = upstream;
    }

    /** {@code GET /v2/company} by one of domain, name or Lusha id. */
    public Uni<CompanySingleResponse> getCompany(LushaAccount account, String domain, String name, String companyId) {
        return upstream.call(account, LushaEndpoint.COMPANY_GET, 1,
                key -> rest.getCompany(key, domain, name, companyId, null));
    }

    /** {@code POST /bulk/company/v2}: the answer is keyed by each query's {@code id}; unmatched ones are absent. */
    public Uni<Map<String, WireBulkCompany>> bulkCompany(LushaAccount account, BulkCompanyRequest request) {
        return upstream.call(account, LushaEndpoint.COMPANY_BULK, request.companies().size(),
                key -> rest.bulkCompany(key, request));
    }

    /** The same bulk enrichment under the path Lusha's own clients use, {@code POST /v2/company}. */
    public Uni<Map<String, WireBulkCompany>> bulkCompanyAlias(LushaAccount account, BulkCompanyRequest request) {
        return upstream.call(account, LushaEndpoint.COMPANY_BULK_ALIAS, request.companies().size(),
                key -> rest.bulkCompanyAlias(key, request));
    }
}
