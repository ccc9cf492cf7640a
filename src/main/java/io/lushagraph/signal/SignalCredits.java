package io.lushagraph.signal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.lushagraph.batch.Loaded;
import io.lushagraph.reveal.CreditGate;
import io.lushagraph.tenant.GatewayRequest;
import io.smallrye.mutiny.Uni;

/**
 * Signal lookups spend the tenant's daily credit budget. Lusha charges one credit per requested signal type that
 * returns results, per entity, so before any call each distinct entity reserves one credit per requested type (all
 * types of its kind for {@code allSignals}). When the budget cannot cover that, every lookup fails with
 * {@code CREDIT_BUDGET_EXCEEDED} and nothing is called. After the answer, what Lusha did not charge this request is
 * given back; a lookup whose outcome is unknown keeps its reservation.
 */
final class SignalCredits {

    private SignalCredits() {
    }

    /**
     * @param allTypes how many signal types the entity kind has, for {@code allSignals}
     * @param lane loads the keys, one result per key, in order
     */
    static <K> Uni<List<Loaded<FoundSignals>>> load(CreditGate gate, GatewayRequest request, SignalQuery query,
            int allTypes, List<K> keys, Function<List<K>, Uni<List<Loaded<FoundSignals>>>> lane) {
        long perEntity = query.types().contains(SignalQuery.ALL_SIGNALS) ? allTypes : query.types().size();
        long reserve = perEntity * keys.stream().distinct().count();
        return gate.reserveThen(request, reserve,
                () -> lane.apply(keys).invoke(loaded -> gate.refund(request,
                        reserve - charged(keys, loaded, perEntity, request))),
                refusal -> Collections.nCopies(keys.size(), new Loaded<>(null, refusal, 0, false)));
    }

    // Claims each distinct entity's share of the credits Lusha charged, on the request's ledger.
    private static <K> long charged(List<K> keys, List<Loaded<FoundSignals>> loaded, long perEntity,
            GatewayRequest request) {
        Map<K, Loaded<FoundSignals>> byKey = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            byKey.putIfAbsent(keys.get(i), loaded.get(i));
        }
        long charged = 0;
        for (Loaded<FoundSignals> one : byKey.values()) {
            if (one.error() != null) {
                charged += CreditGate.mayHaveCharged(one.error()) ? perEntity : 0;
            } else if (one.value() != null) {
                long claimed = one.value().credits().claim();
                request.cost().addCredits(claimed);
                charged += claimed;
            }
        }
        return charged;
    }
}
