package io.lushagraph.signal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.dataloader.DataLoaderRegistry;

import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.dataloader.EmptyDataLoaderRegistryInstance;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;

/**
 * Gives every GraphQL execution its own {@link DataLoaderRegistry}, which {@link FieldLoaders} registers into.
 * SmallRye GraphQL creates one only when the schema has {@code @Source List} batch methods; without it graphql-java
 * runs with a registry that refuses loaders and never dispatches. The instrumentation joins SmallRye's own.
 */
@ApplicationScoped
public class DataLoaderRegistries {

    void install(@Observes GraphQL.Builder builder) {
        // GraphQL.Builder has no getter: building once is how to read the instrumentation SmallRye configured.
        Instrumentation configured = builder.build().getInstrumentation();
        builder.instrumentation(new ChainedInstrumentation(configured, new PerExecution()));
    }

    /** Replaces graphql-java's empty placeholder with a fresh registry; a registry SmallRye made is kept. */
    static final class PerExecution implements Instrumentation {

        @Override
        public ExecutionInput instrumentExecutionInput(ExecutionInput input,
                InstrumentationExecutionParameters parameters, InstrumentationState state) {
            if (input.getDataLoaderRegistry() != EmptyDataLoaderRegistryInstance.EMPTY_DATALOADER_REGISTRY) {
                return input;
            }
            return input.transform(builder -> builder.dataLoaderRegistry(new DataLoaderRegistry()));
        }
    }
}
