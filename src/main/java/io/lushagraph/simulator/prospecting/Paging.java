package io.lushagraph.simulator.prospecting;

import java.util.ArrayList;
import java.util.List;

import io.lushagraph.simulator.gate.RequestRejected;

/** A search's {@code pages}: page 0 to 1000 (default 0) of 10 to 50 rows (default 20); out of range is a 400. */
record Paging(int page, int size) {

    static final int MAX_PAGE = 1000;
    static final int MIN_SIZE = 10;
    static final int MAX_SIZE = 50;

    static Paging of(SearchBodies.Pages pages) {
        int page = pages == null || pages.page() == null ? 0 : pages.page();
        int size = pages == null || pages.size() == null ? 20 : pages.size();
        List<String> errors = new ArrayList<>();
        if (page < 0) {
            errors.add("pages.page must not be less than 0");
        } else if (page > MAX_PAGE) {
            errors.add("pages.page must not be greater than " + MAX_PAGE);
        }
        if (size < MIN_SIZE) {
            errors.add("pages.size must not be less than " + MIN_SIZE);
        } else if (size > MAX_SIZE) {
            errors.add("pages.size must not be greater than " + MAX_SIZE);
        }
        if (!errors.isEmpty()) {
            throw RequestRejected.validation(errors);
        }
        return new Paging(page, size);
    }

    /** Whether the match at this position (0-based, in result order) is on the page. */
    boolean holds(long position) {
        long first = (long) page * size;
        return position >= first && position < first + size;
    }
}
