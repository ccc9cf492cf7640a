package io.lushagraph.person.wire;

/** A phone number with its type and do-not-call flag. */
public record WirePhone(String number, String phoneType, Boolean doNotCall, String updateDate) {
}
