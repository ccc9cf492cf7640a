package io.lushagraph.signal;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderOptions;
import org.dataloader.DataLoaderRegistry;

import io.smallrye.mutiny.Uni;

/**
 * Per-request graphql-java DataLoaders for fields that take arguments: one loader per field and distinct argument
 * values, registered in the execution's registry on first use. graphql-java dispatches every loader once all
 * fields of a level have asked for their keys, so one level's keys reach the batch function together, at most
 * {@code maxBatchSize} per call.
 */
final class FieldLoaders {

    private FieldLoaders() {
    }

    /**
     * Asks the loader named {@code name} for {@code key}, creating it with {@code batch} on first use; must be called
     * while the field resolves, not later, so that the key joins its level's batch.
     */
    static <K, V> Uni<V> load(DataLoaderRegistry registry, String name, int maxBatchSize, K key,
            Function<List<K>, Uni<List<V>>> batch) {
        DataLoader<K, V> loader = registry.computeIfAbsent(name,
                ignored -> DataLoaderFactory.<K, V> newDataLoader(keys -> batch.apply(keys).subscribeAsCompletionStage(),
                        DataLoaderOptions.newOptions().setMaxBatchSize(maxBatchSize).build()));
        CompletableFuture<V> value = loader.load(key);
        return Uni.createFrom().completionStage(value);
    }
}
