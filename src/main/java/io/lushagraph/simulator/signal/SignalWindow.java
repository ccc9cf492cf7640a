package io.lushagraph.simulator.signal;

import java.time.LocalDate;
import java.util.List;

/**
 * The dates a signal request covers, both inclusive, and how many items each signal type may return at most.
 *
 * @param maxResults cap on items per signal type and entity; 0 means no cap
 */
public record SignalWindow(LocalDate from, LocalDate to, int maxResults) {

    /** Lusha's default look-back when a request names no start date. */
    public static final int DEFAULT_MONTHS = 6;

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** The first {@code maxResults} of items already ordered newest first. */
    <T> List<T> cap(List<T> items) {
        return maxResults > 0 && items.size() > maxResults ? items.subList(0, maxResults) : items;
    }
}
