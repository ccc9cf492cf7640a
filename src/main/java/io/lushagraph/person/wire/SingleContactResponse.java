package io.lushagraph.person.wire;

/** Answer of {@code GET /v2/person}. */
public record SingleContactResponse(ContactResult contact) {
}
