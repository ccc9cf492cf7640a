package io.lushagraph.simulator.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Case-insensitive text matching for the filter searches: names that start with the text come first, then names
 * that contain it, each group in catalog order, at most {@link #LIMIT} in all.
 */
final class TextMatch {

    static final int LIMIT = 25;

    private TextMatch() {
    }

    static <T> List<T> matching(Stream<T> candidates, Function<T, String> name, String text) {
        String needle = text.trim().toLowerCase(Locale.ROOT);
        List<T> starting = new ArrayList<>();
        List<T> containing = new ArrayList<>();
        candidates.takeWhile(candidate -> starting.size() < LIMIT).forEach(candidate -> {
            String candidateName = name.apply(candidate).toLowerCase(Locale.ROOT);
            if (candidateName.startsWith(needle)) {
                starting.add(candidate);
            } else if (containing.size() < LIMIT && candidateName.contains(needle)) {
                containing.add(candidate);
            }
        });
        starting.addAll(containing);
        return List.copyOf(starting.subList(0, Math.min(LIMIT, starting.size())));
    }
}
