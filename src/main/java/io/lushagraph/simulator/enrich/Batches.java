package io.lushagraph.simulator.enrich;

import java.util.List;
import java.util.Set;

import io.lushagraph.simulator.gate.RequestRejected;

/** Validation shared by the bulk endpoints, worded like Lusha's (NestJS) validation messages. */
public final class Batches {

    public static final int MAX_ITEMS = 100;

    private Batches() {
    }

    /** Rejects a missing, empty or over-long batch at once. */
    public static void checkSize(String field, List<?> items) {
        if (items == null) {
            throw RequestRejected.validation(field + " must be an array");
        }
        if (items.isEmpty()) {
            throw RequestRejected.validation(field + " must contain at least 1 elements");
        }
        if (items.size() > MAX_ITEMS) {
            throw RequestRejected.validation(field + " must contain no more than " + MAX_ITEMS + " elements");
        }
    }

    /** Notes a missing or repeated caller key. */
    public static void checkKey(String path, String key, Set<String> seen, List<String> errors) {
        if (key == null || key.isBlank()) {
            errors.add(path + " is required");
        } else if (!seen.add(key)) {
            errors.add(path + " must be unique");
        }
    }

    /** A numeric Lusha id, or null when absent; notes a non-numeric one. */
    public static Long numericId(String path, String value, List<String> errors) {
        if (isBlank(value)) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException notNumeric) {
            errors.add(path + " must be a numeric string");
            return null;
        }
    }

    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    public static String blankToNull(String value) {
        return isBlank(value) ? null : value.trim();
    }
}
