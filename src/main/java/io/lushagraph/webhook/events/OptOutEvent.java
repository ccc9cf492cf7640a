package io.lushagraph.webhook.events;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * A contact opted out: its datapoints, so that subscribers can remove them from their own systems. The gateway
 * itself keeps only salted hashes of them.
 */
@Type("OptOutEvent")
@Description("A contact opted out. Carries the datapoints so subscribers can remove them from their own systems; "
        + "the gateway itself keeps only salted hashes of them.")
public record OptOutEvent(
        @NonNull @Description("Lusha's id of the contact.") String contactId,
        @NonNull @Description("When the contact opted out, as Lusha writes it (UTC).") String optOutDate,
        @NonNull @Description("The emails and phones to remove.") List<@NonNull OptOutDatapoint> datapoints,
        @Description("The partner's own client id, when Lusha has one.") String partnerClientId) {

    /** One email or phone of an opted-out contact. */
    @Type("OptOutDatapoint")
    @Description("One email address or phone number of an opted-out contact.")
    public record OptOutDatapoint(
            @NonNull @Description("The email address or phone number.") String value,
            @NonNull @Description("email or phone.") String type) {
    }
}
