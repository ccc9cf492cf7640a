package io.lushagraph.webhook.manage;

import io.lushagraph.upstream.CostLedger;
import io.smallrye.mutiny.Uni;

/** Notes each management call in the request's {@code extensions.cost}, whether it succeeded or not. */
final class Counted {

    private Counted() {
    }

    static <T> Uni<T> call(CostLedger cost, Uni<T> call) {
        return call.invoke(cost::recordOwnCall).onFailure().invoke(cost::recordOwnCall);
    }
}
