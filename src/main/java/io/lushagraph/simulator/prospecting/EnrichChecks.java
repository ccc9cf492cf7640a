package io.lushagraph.simulator.prospecting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.lushagraph.simulator.gate.ErrorBody;
import io.lushagraph.simulator.gate.RequestRejected;
import io.lushagraph.simulator.gate.SimReply;

/**
 * Checks an enrich request against the search it names: a UUID {@code requestId} of a remembered search of the
 * right kind, and 1 to 100 ids that search returned. The 400 for foreign ids names every one of them.
 */
final class EnrichChecks {

    static final int MAX_IDS = 100;

    private EnrichChecks() {
    }

    static SearchSessions.Session check(SearchSessions sessions, SearchSessions.Kind kind, String requestId,
            String field, List<String> ids) {
        checkShape(requestId, field, ids);
        SearchSessions.Session session = sessions.find(requestId.trim()).filter(s -> s.kind() == kind)
                .orElseThrow(() -> rejected("requestId " + requestId + " is not a known " + noun(kind)
                        + " search; it may have expired", List.of("requestId is unknown or expired")));
        List<String> foreign = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!session.rows().containsKey(ids.get(i))) {
                foreign.add(ids.get(i));
                errors.add(field + "[" + i + "] " + ids.get(i) + " was not returned by search " + requestId);
            }
        }
        if (!foreign.isEmpty()) {
            throw rejected(field + " not returned by search " + requestId + ": " + String.join(", ", foreign), errors);
        }
        return session;
    }

    /** The universe index of each requested row, in request order. */
    static List<Integer> indexes(SearchSessions.Session session, List<String> ids) {
        Map<String, Integer> rows = session.rows();
        return ids.stream().map(rows::get).toList();
    }

    private static void checkShape(String requestId, String field, List<String> ids) {
        List<String> errors = new ArrayList<>();
        if (requestId == null || !isUuid(requestId.trim())) {
            errors.add("requestId must be a UUID");
        }
        if (ids == null) {
            errors.add(field + " must be an array");
        } else if (ids.isEmpty()) {
            errors.add(field + " must contain at least 1 elements");
        } else if (ids.size() > MAX_IDS) {
            errors.add(field + " must contain no more than " + MAX_IDS + " elements");
        } else if (ids.stream().anyMatch(id -> id == null || id.isBlank())) {
            errors.add("each value in " + field + " must be a non-empty string");
        }
        if (!errors.isEmpty()) {
            throw RequestRejected.validation(errors);
        }
    }

    private static boolean isUuid(String value) {
        try {
            return UUID.fromString(value).toString().equalsIgnoreCase(value);
        } catch (IllegalArgumentException notUuid) {
            return false;
        }
    }

    private static String noun(SearchSessions.Kind kind) {
        return kind == SearchSessions.Kind.CONTACT ? "contact" : "company";
    }

    private static RequestRejected rejected(String message, List<String> errors) {
        return new RequestRejected(new SimReply(400, new ErrorBody(400, message, errors), Map.of()));
    }
}
