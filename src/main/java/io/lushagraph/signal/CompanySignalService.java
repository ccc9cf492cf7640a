package io.lushagraph.signal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;

import org.dataloader.DataLoaderRegistry;

import io.lushagraph.batch.Batchers;
import io.lushagraph.batch.CoalescingBatcher;
import io.lushagraph.batch.KeyResult;
import io.lushagraph.batch.Loaded;
import io.lushagraph.common.LookupError;
import io.lushagraph.company.CompanyLookup;
import io.lushagraph.config.GatewayConfig;
import io.lushagraph.reveal.CreditGate;
import io.lushagraph.signal.wire.CompanySignalData;
import io.lushagraph.signal.wire.CompanySignalsByIdRequest;
import io.lushagraph.signal.wire.CompanySignalsResponse;
import io.lushagraph.signal.wire.CompanySignalsSearchRequest;
import io.lushagraph.signal.wire.CompanySignalsSearchRequest.CompanyIdentity;
import io.lushagraph.tenant.GatewayRequest;
import io.lushagraph.upstream.ErrorCode;
import io.lushagraph.upstream.GatewayException;
import io.lushagraph.upstream.LushaAccount;
import io.lushagraph.upstream.LushaEndpoint;
import io.smallrye.mutiny.Uni;

/**
 * Company signals. {@code Company.signals} goes to {@code POST /api/signals/companies}: per request one loader per
 * distinct query collects a level's companies, and its batches go through the account's lane for that query, so
 * concurrent requests share calls. {@code companySignals} goes to {@code /api/signals/companies/search} the same
 * way.
 */
@ApplicationScoped
public class CompanySignalService {

    private final SignalClient client;
    private final Batchers batchers;
    private final GatewayConfig config;
    private final CreditGate credits;

    public CompanySignalService(SignalClient client, Batchers batchers, GatewayConfig config, CreditGate credits) {
        this.client = client;
        this.batchers = batchers;
        this.config = config;
        this.credits = credits;
    }

    /** A company's signals, newest first; empty when Lusha has none. */
    public Uni<List<Signal>> ofCompany(GatewayRequest request, DataLoaderRegistry loaders, String companyId,
            SignalQuery query) {
        if (companyId == null || !companyId.matches("\\d{1,18}")) {
            return Uni.createFrom().failure(GatewayException.of(ErrorCode.INVALID_INPUT, "A company id is a number"));
        }
        CoalescingBatcher<Long, FoundSignals> lane = byIdLane(request.account(), query);
        return FieldLoaders.<Long, Loaded<FoundSignals>> load(loaders, "Company.signals " + query.key(),
                config.batch().maxSize(), Long.valueOf(companyId), ids -> SignalCredits.load(credits, request, query,
                        CompanySignalType.values().length, ids, batch -> lane.loadAll(batch, request.cost())))
                .onItem().transformToUni(SignalResults::signals);
    }

    /** One result per lookup, in order; a lookup without a usable identifier fails alone, before any call. */
    public Uni<List<CompanySignalsResult>> search(GatewayRequest request, List<CompanyLookup> lookups,
            SignalQuery query) {
        List<Optional<CompanySignalKey>> keys = lookups.stream().map(CompanySignalKey::of).toList();
        List<CompanySignalKey> valid = keys.stream().flatMap(Optional::stream).toList();
        LushaAccount account = request.account();
        CoalescingBatcher<CompanySignalKey, FoundSignals> lane = batchers.lane(LushaEndpoint.COMPANY_SIGNALS_SEARCH,
                account.id(), query, () -> batch -> search(account, query, batch));
        return SignalCredits.load(credits, request, query, CompanySignalType.values().length, valid,
                batch -> lane.loadAll(batch, request.cost())).map(loaded -> {
                    List<CompanySignalsResult> results = new ArrayList<>(keys.size());
                    int next = 0;
                    for (Optional<CompanySignalKey> key : keys) {
                        results.add(key.isEmpty() ? new CompanySignalsResult(null, List.of(), LookupError.of(noIdentifier()))
                                : result(loaded.get(next++)));
                    }
                    return results;
                });
    }

    private static CompanySignalsResult result(Loaded<FoundSignals> loaded) {
        if (loaded.error() != null) {
            return new CompanySignalsResult(null, List.of(), LookupError.of(loaded.error()));
        }
        if (loaded.value() == null) {
            return new CompanySignalsResult(null, List.of(), null);
        }
        return new CompanySignalsResult(loaded.value().id(), loaded.value().signals(), null);
    }

    private CoalescingBatcher<Long, FoundSignals> byIdLane(LushaAccount account, SignalQuery query) {
        return batchers.lane(LushaEndpoint.COMPANY_SIGNALS, account.id(), query, () -> ids -> byId(account, query, ids));
    }

    private Uni<Map<Long, KeyResult<FoundSignals>>> byId(LushaAccount account, SignalQuery query, List<Long> ids) {
        List<String> wireKeys = ids.stream().map(String::valueOf).toList();
        return client.companySignals(account,
                new CompanySignalsByIdRequest(ids, query.types(), query.since(), null, null))
                .map(response -> SignalResults.byKey(ids, wireKeys, entries(response), response.creditsCharged()));
    }

    private Uni<Map<CompanySignalKey, KeyResult<FoundSignals>>> search(LushaAccount account, SignalQuery query,
            List<CompanySignalKey> keys) {
        List<String> wireKeys = IntStream.range(0, keys.size()).mapToObj(i -> keys.get(i).wireKey(i)).toList();
        List<CompanyIdentity> companies = IntStream.range(0, keys.size())
                .mapToObj(i -> keys.get(i).toIdentity(wireKeys.get(i))).toList();
        return client.searchCompanySignals(account,
                new CompanySignalsSearchRequest(companies, query.types(), query.since(), null, null))
                .map(response -> SignalResults.byKey(keys, wireKeys, entries(response), response.creditsCharged()));
    }

    private static Map<String, SignalResults.Entry> entries(CompanySignalsResponse response) {
        Map<String, SignalResults.Entry> entries = new HashMap<>();
        response.companies().forEach((key, data) -> {
            if (data != null) {
                entries.put(key, entry(data));
            }
        });
        return entries;
    }

    private static SignalResults.Entry entry(CompanySignalData data) {
        return new SignalResults.Entry(data.companyId(), SignalMapper.company(data),
                SignalMapper.typesWithResults(data.signals()));
    }

    private static GatewayException noIdentifier() {
        return GatewayException.of(ErrorCode.INVALID_INPUT,
                "A company lookup needs a numeric id, domain or name");
    }
}
