package io.lushagraph.person.wire;

/** A person's social profile URLs. */
public record WireSocialLinks(String linkedin, String xUrl) {
}
