package io.lushagraph.signal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What a signals field asks Lusha for, normalised: the type names sorted ({@code allSignals} when none were
 * named) and the start date (null for Lusha's default, six months back). Lookups with equal queries share a
 * batching lane, and within a request a loader.
 */
record SignalQuery(List<String> types, LocalDate since) {

    static final String ALL_SIGNALS = "allSignals";

    static SignalQuery of(Stream<String> lushaNames, LocalDate since) {
        List<String> types = lushaNames.distinct().sorted().toList();
        return new SignalQuery(types.isEmpty() ? List.of(ALL_SIGNALS) : types, since);
    }

    static SignalQuery contacts(List<ContactSignalType> types, LocalDate since) {
        return of(types == null ? Stream.empty() : types.stream().filter(Objects::nonNull).map(ContactSignalType::lusha),
                since);
    }

    static SignalQuery companies(List<CompanySignalType> types, LocalDate since) {
        return of(types == null ? Stream.empty() : types.stream().filter(Objects::nonNull).map(CompanySignalType::lusha),
                since);
    }

    /** A name for the query, unique per distinct query. */
    String key() {
        return String.join(",", types) + "|" + since;
    }
}
