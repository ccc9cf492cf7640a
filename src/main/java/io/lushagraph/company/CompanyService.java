package io.lushagraph.company;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;

import io.lushagraph.batch.Batchers;
import io.lushagraph.batch.CoalescingBatcher;
import io.lushagraph.batch.KeyResult;
import io.lushagraph.batch.Loaded;
import io.lushagraph.batch.RefusalSplitting;
import io.lushagraph.common.LookupError;
import io.lushagraph.company.wire.BulkCompanyRequest;
import io.lushagraph.company.wire.CompanyQuery;
import io.lushagraph.company.wire.WireBulkCompany;
import io.lushagraph.reveal.EnrichmentCache;
import io.lushagraph.reveal.EnrichmentCaches;
import io.lushagraph.reveal.Reveals;
import io.lushagraph.tenant.GatewayRequest;
import io.lushagraph.upstream.ErrorCode;
import io.lushagraph.upstream.GatewayException;
import io.lushagraph.upstream.LushaAccount;
import io.lushagraph.upstream.LushaEndpoint;
import io.smallrye.mutiny.Uni;

/**
 * Finds companies from the enrichment cache or, within the tenant's credit budget, through Lusha's bulk company
 * endpoint and the account's batching lane: duplicates once, 100 per call, concurrent single lookups coalesced.
 */
@ApplicationScoped
public class CompanyService {

    private static final String LANE_OPTIONS = "default";

    private final CompanyClient client;
    private final Batchers batchers;
    private final Reveals reveals;
    private final EnrichmentCache<CompanyKey, Company> cache;

    public CompanyService(CompanyClient client, Batchers batchers, Reveals reveals, EnrichmentCaches caches) {
        this.client = client;
        this.batchers = batchers;
        this.reveals = reveals;
        this.cache = caches.companies();
    }

    /** One company, null when Lusha finds none; a lookup without an identifier fails before any call. */
    public Uni<Company> company(GatewayRequest request, CompanyLookup lookup) {
        Optional<CompanyKey> key = CompanyKey.of(lookup);
        if (key.isEmpty()) {
            return Uni.createFrom().failure(noIdentifier());
        }
        return reveals.one(request, cache, LANE_OPTIONS, lane(request), key.get())
                .onItem().transformToUni(loaded -> loaded.error() != null
                        ? Uni.createFrom().failure(loaded.error())
                        : Uni.createFrom().item(loaded.value()));
    }

    /** One result per lookup, in order; each lookup fails or succeeds on its own. */
    public Uni<List<CompanyResult>> companies(GatewayRequest request, List<CompanyLookup> lookups) {
        List<Optional<CompanyKey>> keys = lookups.stream().map(CompanyKey::of).toList();
        List<CompanyKey> valid = keys.stream().flatMap(Optional::stream).toList();
        return reveals.all(request, cache, LANE_OPTIONS, lane(request), valid).map(loaded -> {
            List<CompanyResult> results = new ArrayList<>(keys.size());
            int next = 0;
            for (Optional<CompanyKey> key : keys) {
                if (key.isEmpty()) {
                    results.add(new CompanyResult(null, LookupError.of(noIdentifier())));
                } else {
                    Loaded<Company> one = loaded.get(next++);
                    results.add(new CompanyResult(one.value(),
                            one.error() == null ? null : LookupError.of(one.error())));
                }
            }
            return results;
        });
    }

    /** Whether the answer to a lookup (argument values, as the query cost sees them) is already cached. */
    public boolean isCached(String accountId, Map<String, Object> lookup) {
        if (!lookup.values().stream().allMatch(v -> v == null || v instanceof String)) {
            return false;
        }
        Optional<CompanyKey> key = CompanyKey.of(new CompanyLookup((String) lookup.get("id"),
                (String) lookup.get("domain"), (String) lookup.get("name")));
        return key.isPresent() && cache.contains(accountId, LANE_OPTIONS, key.get());
    }

    private CoalescingBatcher<CompanyKey, Company> lane(GatewayRequest request) {
        LushaAccount account = request.account();
        return batchers.lane(LushaEndpoint.COMPANY_BULK, account.id(), LANE_OPTIONS,
                () -> cache.storing(account.id(), LANE_OPTIONS, RefusalSplitting.of(keys -> load(account, keys))));
    }

    private Uni<Map<CompanyKey, KeyResult<Company>>> load(LushaAccount account, List<CompanyKey> keys) {
        List<CompanyQuery> queries = IntStream.range(0, keys.size())
                .mapToObj(i -> keys.get(i).toQuery(Integer.toString(i))).toList();
        return client.bulkCompany(account, BulkCompanyRequest.of(queries)).map(answer -> {
            Map<CompanyKey, KeyResult<Company>> results = new HashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                WireBulkCompany found = answer == null ? null : answer.get(Integer.toString(i));
                results.put(keys.get(i), found == null ? KeyResult.missing()
                        : KeyResult.found(CompanyMapper.fromBulk(found), true));
            }
            return results;
        });
    }

    private static GatewayException noIdentifier() {
        return GatewayException.of(ErrorCode.INVALID_INPUT, "A company lookup needs id, domain or name");
    }
}
