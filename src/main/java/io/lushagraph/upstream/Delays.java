package io.lushagraph.upstream;

import java.time.Duration;
import java.util.concurrent.CompletionStage;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Non-blocking waits that resume on the caller's Vert.x context, so that the Lusha call after a wait runs where it
 * would have run without one.
 */
final class Delays {

    private Delays() {
    }

    /** Completes after {@code wait}, on the context that subscribed, without holding a thread. */
    static Uni<Void> sleep(Vertx vertx, Duration wait) {
        if (wait.isZero() || wait.isNegative()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().emitter(emitter -> {
            Context context = Vertx.currentContext();
            Vertx timers = context == null ? vertx : context.owner();
            timers.setTimer(Math.max(1, wait.toMillis()), id -> emitter.complete(null));
        });
    }

    /** The stage's outcome, delivered on the context that subscribed when it completes on another thread. */
    static <T> Uni<T> onCaller(CompletionStage<T> stage) {
        return Uni.createFrom().emitter(emitter -> {
            Context context = Vertx.currentContext();
            stage.whenComplete((item, failure) -> {
                Runnable deliver = () -> {
                    if (failure != null) {
                        emitter.fail(failure);
                    } else {
                        emitter.complete(item);
                    }
                };
                if (context == null) {
                    deliver.run();
                } else {
                    context.runOnContext(ignored -> deliver.run());
                }
            });
        });
    }
}
