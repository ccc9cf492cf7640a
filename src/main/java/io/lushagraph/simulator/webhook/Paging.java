package io.lushagraph.simulator.webhook;

import io.lushagraph.simulator.gate.RequestRejected;

/** The {@code limit} and {@code offset} query parameters of the webhook list endpoints. */
record Paging(int limit, int offset) {

    static Paging parse(String limit, String offset, int defaultLimit) {
        return new Paging(number("limit", limit, defaultLimit, 1, 100),
                number("offset", offset, 0, 0, Integer.MAX_VALUE));
    }

    private static int number(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String trimmed = value.trim();
        if (trimmed.matches("-?\\d{1,9}")) {
            int parsed = Integer.parseInt(trimmed);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        }
        throw RequestRejected.validation(max == Integer.MAX_VALUE ? name + " must not be less than " + min
                : name + " must be an integer between " + min + " and " + max);
    }
}
