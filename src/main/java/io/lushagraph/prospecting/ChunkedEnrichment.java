package io.lushagraph.prospecting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.lushagraph.upstream.ErrorCode;
import io.lushagraph.upstream.GatewayException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Sends the row ids of one enrichment to Lusha in chunks, one after the other, and gives each id its own outcome,
 * so that a failed call fails its own ids only. When Lusha refuses a chunk with a 400 that names some of its ids,
 * those fail and the rest of the chunk is sent once more.
 */
final class ChunkedEnrichment {

    /** One id's outcome: what was revealed (null when nothing was) or why it failed. */
    record Outcome<T>(T value, GatewayException error) {
    }

    private ChunkedEnrichment() {
    }

    /**
     * @param call enriches one chunk, answering what it revealed by id
     * @param refused the error of an id Lusha named in a 400
     */
    static <T> Uni<Map<String, Outcome<T>>> run(List<String> ids, int chunkSize,
            Function<List<String>, Uni<Map<String, T>>> call, GatewayException refused) {
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += chunkSize) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + chunkSize)));
        }
        return Multi.createFrom().iterable(chunks)
                .onItem().transformToUniAndConcatenate(chunk -> chunk(chunk, call, refused))
                .collect().in(HashMap::new, Map::putAll);
    }

    private static <T> Uni<Map<String, Outcome<T>>> chunk(List<String> chunk,
            Function<List<String>, Uni<Map<String, T>>> call, GatewayException refused) {
        return send(chunk, call).onFailure(GatewayException.class).recoverWithUni(failure -> {
            GatewayException error = (GatewayException) failure;
            List<String> named = error.code() == ErrorCode.INVALID_INPUT ? named(chunk, error) : List.of();
            if (named.isEmpty() || named.size() == chunk.size()) {
                return Uni.createFrom().item(failed(chunk, named.isEmpty() ? error : refused));
            }
            List<String> rest = chunk.stream().filter(id -> !named.contains(id)).toList();
            return send(rest, call).onFailure(GatewayException.class)
                    .recoverWithItem(again -> failed(rest, (GatewayException) again))
                    .map(outcomes -> {
                        outcomes.putAll(failed(named, refused));
                        return outcomes;
                    });
        });
    }

    private static <T> Uni<Map<String, Outcome<T>>> send(List<String> chunk,
            Function<List<String>, Uni<Map<String, T>>> call) {
        return call.apply(chunk).map(revealed -> {
            Map<String, Outcome<T>> outcomes = new HashMap<>();
            chunk.forEach(id -> outcomes.put(id, new Outcome<>(revealed.get(id), null)));
            return outcomes;
        });
    }

    /** The ids of the chunk that Lusha's message names, as whole words. */
    private static List<String> named(List<String> chunk, GatewayException error) {
        Set<String> words = new HashSet<>(Arrays.asList(String.valueOf(error.upstreamMessage()).split("[^A-Za-z0-9-]+")));
        return chunk.stream().filter(words::contains).toList();
    }

    private static <T> Map<String, Outcome<T>> failed(List<String> ids, GatewayException error) {
        Map<String, Outcome<T>> outcomes = new HashMap<>();
        ids.forEach(id -> outcomes.put(id, new Outcome<>(null, error)));
        return outcomes;
    }
}
