package io.lushagraph.upstream;

/**
 * One Lusha account the gateway calls on behalf of its tenants. The key is sent as header {@code api_key} and is
 * never printed: {@link #toString()} shows only the account's name.
 *
 * @param id a stable, non-secret name for the account, used in metrics and per-account state
 * @param apiKey the account's Lusha API key
 */
public record LushaAccount(String id, String apiKey) {

    @Override
    public String toString() {
        return "LushaAccount[" + id + "]";
    }
}
