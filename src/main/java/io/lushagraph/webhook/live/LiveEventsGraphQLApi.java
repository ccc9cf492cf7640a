package io.lushagraph.webhook.live;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.lushagraph.catalog.EntityType;
import io.lushagraph.tenant.GatewayRequests;
import io.lushagraph.webhook.events.OptOutEvent;
import io.lushagraph.webhook.events.SignalEvent;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;

/** Live webhook events over WebSocket (graphql-transport-ws and graphql-ws on {@code /graphql}). */
@GraphQLApi
public class LiveEventsGraphQLApi {

    private final LiveEvents events;
    private final Context context;

    public LiveEventsGraphQLApi(LiveEvents events, Context context) {
        this.events = events;
        this.context = context;
    }

    @Subscription("signalEvents")
    @Description("Signals Lusha delivers to the calling tenant's webhook subscriptions, as they arrive (none from "
            + "before subscribing). Only the tenant's own events. Makes no upstream call.")
    public Multi<@NonNull SignalEvent> signalEvents(
            @Name("entityType") @Description("Only signals about contacts or only about companies; both when omitted.") EntityType entityType,
            @Name("types") @Description("Only these signal types, in Lusha's spelling (surgeInHiring) or the enum's "
                    + "(SURGE_IN_HIRING); all when omitted or empty.") List<String> types) {
        return events.signals(GatewayRequests.current(context).tenant(), entityType, types);
    }

    @Subscription("optOutEvents")
    @Description("Contacts that opted out, with their emails and phones so they can be removed from the subscriber's "
            + "own systems, as they arrive (none from before subscribing). Every tenant receives every opt-out.")
    public Multi<@NonNull OptOutEvent> optOutEvents() {
        return events.optOuts(GatewayRequests.current(context).tenant());
    }

    @Query("liveSubscriptions")
    @Description("The calling tenant's signalEvents and optOutEvents subscriptions open on this gateway instance. "
            + "Makes no upstream call.")
    @NonNull
    @NonBlocking
    public LiveSubscriptions liveSubscriptions() {
        return events.openFor(GatewayRequests.current(context).tenant());
    }
}
