package io.lushagraph.simulator.lookalike;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One lookalike session: everything it has returned, so that "get more" never returns a result twice. Results are
 * universe indexes of people or companies, as the session's endpoint returns.
 */
public final class LookalikeSession {

    private final String id;
    private final Set<Integer> returned = new HashSet<>();

    LookalikeSession(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /**
     * Takes the next page from a ranking, best first: at most {@code limit} candidates neither returned earlier in
     * this session nor excluded, remembered as returned.
     */
    synchronized Page next(int[] ranked, Set<Integer> excluded, int limit) {
        List<Integer> page = new ArrayList<>(limit);
        boolean hasMore = false;
        for (int candidate : ranked) {
            if (returned.contains(candidate) || excluded.contains(candidate)) {
                continue;
            }
            if (page.size() == limit) {
                hasMore = true;
                break;
            }
            page.add(candidate);
        }
        returned.addAll(page);
        return new Page(List.copyOf(page), hasMore);
    }

    /** A page of results and whether the ranking holds more that this session has not returned. */
    record Page(List<Integer> results, boolean hasMore) {
    }
}
