package io.lushagraph.webhook.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The account's webhook signing secret ({@code whsec_...}), from get or regenerate. {@link #toString()} never shows
 * it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AccountSecret(String secret) {

    @Override
    public String toString() {
        return "AccountSecret[secret=" + (secret == null ? null : "***") + "]";
    }
}
