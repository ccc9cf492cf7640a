package io.lushagraph.simulator.lookalike;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.lushagraph.simulator.gate.RequestRejected;

/** Collects what is wrong with a request, worded like Lusha's (NestJS) validation, and rejects it if anything is. */
final class Problems {

    static final int MAX_IDENTIFIERS = 100;

    private final List<String> errors = new ArrayList<>();

    void add(String error) {
        errors.add(error);
    }

    /** An optional {@code limit} within {@code 1..max}. */
    void limit(Integer limit, int max) {
        if (limit != null && limit < 1) {
            errors.add("limit must not be less than 1");
        } else if (limit != null && limit > max) {
            errors.add("limit must not be greater than " + max);
        }
    }

    /** An optional session id that must be a UUID. */
    void uuid(String field, String value) {
        if (value == null) {
            return;
        }
        try {
            UUID.fromString(value);
        } catch (IllegalArgumentException notUuid) {
            errors.add(field + " must be a UUID");
        }
    }

    /** A list of at most {@link #MAX_IDENTIFIERS} items. */
    void maxItems(String field, List<?> items) {
        if (items != null && items.size() > MAX_IDENTIFIERS) {
            errors.add(field + " must contain no more than " + MAX_IDENTIFIERS + " elements");
        }
    }

    /** Every item of a list present and not blank. */
    void noBlanks(String field, List<String> items) {
        if (items == null) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            if (blank(items.get(i))) {
                errors.add(field + "." + i + " should not be empty");
            }
        }
    }

    /** Rejects the request with a 400 listing every problem, if there is any. */
    void rejectIfAny() {
        if (!errors.isEmpty()) {
            throw RequestRejected.validation(errors);
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
