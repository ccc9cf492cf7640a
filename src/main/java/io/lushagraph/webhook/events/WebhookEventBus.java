package io.lushagraph.webhook.events;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * Hands processed webhook events to live GraphQL subscribers in this instance: signal events to the tenant that owns
 * the subscription, opt-out events to every tenant. Subscribers that connect later do not see earlier events.
 */
@ApplicationScoped
public class WebhookEventBus {

    private final BroadcastProcessor<Routed> signals = BroadcastProcessor.create();
    private final BroadcastProcessor<OptOutEvent> optOuts = BroadcastProcessor.create();

    /** Publishes a signal event to the subscribers of the tenant that owns its subscription. */
    public void publishSignal(String tenant, SignalEvent event) {
        synchronized (signals) {
            signals.onNext(new Routed(tenant, event));
        }
    }

    /** Publishes an opt-out to every subscriber. */
    public void publishOptOut(OptOutEvent event) {
        synchronized (optOuts) {
            optOuts.onNext(event);
        }
    }

    /** The live signal events of one tenant. */
    public Multi<SignalEvent> signals(String tenant) {
        return signals.filter(routed -> routed.tenant().equals(tenant)).map(Routed::event);
    }

    /** The live opt-out events. */
    public Multi<OptOutEvent> optOuts() {
        return optOuts;
    }

    private record Routed(String tenant, SignalEvent event) {
    }
}
