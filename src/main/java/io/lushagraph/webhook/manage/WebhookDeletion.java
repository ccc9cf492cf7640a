package io.lushagraph.webhook.manage;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.lushagraph.common.LookupError;

/** The outcome of deleting one webhook subscription. */
@Type("WebhookDeletion")
@Description("The outcome of deleting one webhook subscription.")
public record WebhookDeletion(
        @NonNull @Id @Description("The subscription id as given.") String id,
        @NonNull @Description("True when it was deleted.") boolean deleted,
        @Description("Why it was not deleted; NOT_FOUND also for another tenant's subscription.") LookupError error) {
}
