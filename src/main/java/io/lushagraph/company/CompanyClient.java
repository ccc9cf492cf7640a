package io.lushagraph.company;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.lushagraph.company.wire.BulkCompanyRequest;
import io.lushagraph.company.wire.CompanySingleResponse;
import io.lushagraph.company.wire.WireBulkCompany;
import io.lushagraph.upstream.LushaAccount;
import io.lushagraph.upstream.LushaEndpoint;
import io.lushagraph.upstream.PathFallbacks;
import io.lushagraph.upstream.UpstreamExecutor;
import io.smallrye.mutiny.Uni;

/** Calls Lusha's company endpoints through the {@link UpstreamExecutor}. */
@ApplicationScoped
public class CompanyClient {

    private final CompanyRestClient rest;
    private final UpstreamExecutor upstream;
    private final PathFallbacks paths;

    public CompanyClient(@RestClient CompanyRestClient rest, UpstreamExecutor upstream, PathFallbacks paths) {
        this.rest = rest;
        this.upstream = upstream;
        this.paths = paths;
    }

    /** {@code GET /v2/company} by one of domain, name or Lusha id. */
    public Uni<CompanySingleResponse> getCompany(LushaAccount account, String domain, String name, String companyId) {
        return upstream.call(account, LushaEndpoint.COMPANY_GET, 1,
                key -> rest.getCompany(key, domain, name, companyId, null));
    }

    /**
     * Lusha's bulk company enrichment ({@code searchMultipleCompaniesV2}): the answer is keyed by each query's
     * {@code id}; unmatched ones are absent. Sent to {@code POST /v2/company}; an account that answers that path with
     * 404 is served by {@code POST /bulk/company/v2} from then on. The operation documents no 404 (a company that
     * is not found is left out of a 200 answer), so a 404 there means the path itself is not served.
     */
    public Uni<Map<String, WireBulkCompany>> bulkCompany(LushaAccount account, BulkCompanyRequest request) {
        return paths.call(account, LushaEndpoint.COMPANY_BULK, LushaEndpoint.COMPANY_BULK_FALLBACK,
                request.companies().size(),
                key -> rest.bulkCompany(key, request),
                key -> rest.bulkCompanyFallback(key, request));
    }
}
