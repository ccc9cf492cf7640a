package io.lushagraph.lookalike;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.lushagraph.lookalike.wire.CompanyLookalikesRequest;
import io.lushagraph.lookalike.wire.CompanyLookalikesResponse;
import io.lushagraph.lookalike.wire.CompanyRecommendationsRequest;
import io.lushagraph.lookalike.wire.CompanyRecommendationsResponse;
import io.lushagraph.lookalike.wire.ContactLookalikesRequest;
import io.lushagraph.lookalike.wire.ContactLookalikesResponse;
import io.lushagraph.lookalike.wire.ContactRecommendationsRequest;
import io.lushagraph.lookalike.wire.ContactRecommendationsResponse;
import io.lushagraph.upstream.LushaAccount;
import io.lushagraph.upstream.LushaEndpoint;
import io.lushagraph.upstream.UpstreamExecutor;
import io.smallrye.mutiny.Uni;

/**
 * Calls Lusha's recommendation and lookalike endpoints for one account through the {@link UpstreamExecutor}; each
 * call reports how many seeds it carries.
 */
@ApplicationScoped
public class LookalikeClient {

    private final LookalikeRestClient rest;
    private final UpstreamExecutor upstream;

    public LookalikeClient(@RestClient LookalikeRestClient rest, UpstreamExecutor upstream) {
        this.rest = rest;
        this.upstream = upstream;
    }

    /** {@code POST /api/recommendations/contacts}. */
    public Uni<ContactRecommendationsResponse> contactRecommendations(LushaAccount account,
            ContactRecommendationsRequest request) {
        return upstream.call(account, LushaEndpoint.CONTACT_RECOMMENDATIONS, size(request.contacts()),
                key -> rest.contactRecommendations(key, request));
    }

    /** {@code POST /api/recommendations/companies}. */
    public Uni<CompanyRecommendationsResponse> companyRecommendations(LushaAccount account,
            CompanyRecommendationsRequest request) {
        return upstream.call(account, LushaEndpoint.COMPANY_RECOMMENDATIONS, size(request.companies()),
                key -> rest.companyRecommendations(key, request));
    }

    /** {@code POST /v3/lookalike/contacts}. */
    public Uni<ContactLookalikesResponse> contactLookalikes(LushaAccount account, ContactLookalikesRequest request) {
        int seeds = request.seeds() == null ? 0 : request.seeds().count();
        return upstream.call(account, LushaEndpoint.CONTACT_LOOKALIKES, seeds,
                key -> rest.contactLookalikes(key, request));
    }

    /** {@code POST /v3/lookalike/companies}. */
    public Uni<CompanyLookalikesResponse> companyLookalikes(LushaAccount account, CompanyLookalikesRequest request) {
        int seeds = request.seeds() == null ? 0 : request.seeds().count();
        return upstream.call(account, LushaEndpoint.COMPANY_LOOKALIKES, seeds,
                key -> rest.companyLookalikes(key, request));
    }

    private static int size(List<?> items) {
        return items == null ? 0 : items.size();
    }
}
