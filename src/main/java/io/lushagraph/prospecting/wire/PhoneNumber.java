package io.lushagraph.prospecting.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A phone number of a revealed contact.
 *
 * @param phoneType {@code Mobile}, {@code Direct} or {@code Phone}; Lusha's case varies
 * @param doNotCall listed as Do-Not-Call
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PhoneNumber(String number, String phoneType, Boolean doNotCall, String updateDate) {
}
