package io.lushagraph.person.wire;

/** A per-contact error inside a 200 answer, e.g. {@code {3, "EMPTY_DATA", "Could not find requested data"}}. */
public record ContactError(Integer code, String name, String message) {

    /** Lusha found nothing for the lookup: not an error for the caller. */
    public boolean isEmptyData() {
        return "EMPTY_DATA".equals(name) || Integer.valueOf(3).equals(code);
    }
}
