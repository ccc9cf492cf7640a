package io.lushagraph.store;

import java.util.concurrent.Callable;

import io.lushagraph.upstream.ErrorCode;
import io.lushagraph.upstream.GatewayException;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/** Blocking store work run on a worker thread, never the event loop, its failures turned into STORE_UNAVAILABLE. */
public final class StoreWork {

    private StoreWork() {
    }

    /**
     * Runs {@code work} on the worker pool when subscribed. A failure is logged under {@code what} and fails the
     * answer with {@code STORE_UNAVAILABLE} and {@code refusal} as its message.
     */
    public static <T> Uni<T> offEventLoop(String what, String refusal, Callable<T> work) {
        return Uni.createFrom().item(() -> {
            try {
                return work.call();
            } catch (Exception e) {
                throw new StoreFailure(e);
            }
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onFailure(StoreFailure.class).transform(failure -> {
                    Log.warnf("%s: %s", what, describe(failure.getCause()));
                    return GatewayException.of(ErrorCode.STORE_UNAVAILABLE, refusal);
                });
    }

    /** The kind of a failure and its SQLState, never the driver's message, which may quote the values of a row. */
    public static String describe(Throwable failure) {
        return failure instanceof java.sql.SQLException sql && sql.getSQLState() != null
                ? failure.getClass().getSimpleName() + " (SQLState " + sql.getSQLState() + ")"
                : failure.getClass().getSimpleName();
    }

    private static final class StoreFailure extends RuntimeException {
        StoreFailure(Exception cause) {
            super(cause);
        }
    }
}
