package io.lushagraph.prospecting.wire;

/**
 * A phone number of a revealed contact.
 *
 * @param phoneType {@code Mobile}, {@code Direct} or {@code Phone}; Lusha's case varies
 * @param doNotCall listed as Do-Not-Call
 */
public record PhoneNumber(String number, String phoneType, Boolean doNotCall, String updateDate) {
}
