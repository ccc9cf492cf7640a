package io.lushagraph.webhook.live;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** How many live event subscriptions a tenant has open on this gateway instance. */
@Type("LiveSubscriptions")
@Description("The calling tenant's live event subscriptions open on this gateway instance.")
public record LiveSubscriptions(
        @NonNull @Description("Open signalEvents subscriptions.") int signalEvents,
        @NonNull @Description("Open optOutEvents subscriptions.") int optOutEvents) {
}
