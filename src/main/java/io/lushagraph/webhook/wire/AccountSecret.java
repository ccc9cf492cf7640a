package io.lushagraph.webhook.wire;

/**
 * The account's webhook signing secret ({@code whsec_...}), from get or regenerate. {@link #toString()} never shows
 * it.
 */
public record AccountSecret(String secret) {

    @Override
    public String toString() {
        return "AccountSecret[secret=" + (secret == null ? null : "***") + "]";
    }
}
