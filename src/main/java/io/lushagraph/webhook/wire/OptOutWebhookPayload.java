package io.lushagraph.webhook.wire;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An opt-out delivery: a contact asked Lusha to remove their data, and these data points must be suppressed.
 * {@link #toString()} shows no personal data.
 *
 * @param contactOptOutDate UTC time as Lusha formats it, {@code "2026-04-22 14:32:11.412"} (not ISO-8601)
 * @param contactExposureDate UTC time the contact was first revealed to the account, same format
 * @param partnerClientId the caller's tenant id given when the contact was revealed; may be {@code null}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OptOutWebhookPayload(
        String contactId,
        String fullName,
        String companyName,
        String jobTitle,
        String linkedinUrl,
        String contactOptOutDate,
        String contactExposureDate,
        List<Datapoint> datapoints,
        String partnerClientId) {

    public OptOutWebhookPayload {
        datapoints = Objects.requireNonNullElse(datapoints, List.of());
    }

    @Override
    public String toString() {
        return "OptOutWebhookPayload[contactId=" + contactId + ", datapoints=" + datapoints.size() + "]";
    }

    /**
     * One data point to suppress.
     *
     * @param datapointId the value itself: a phone number or an email address
     * @param datapointType {@code phone} or {@code email}
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Datapoint(String datapointId, String datapointType) {

        @Override
        public String toString() {
            return "Datapoint[datapointType=" + datapointType + "]";
        }
    }
}
