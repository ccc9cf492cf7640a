package io.lushagraph.webhook;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;

import io.lushagraph.config.GatewayConfig;
import io.lushagraph.store.StoreWork;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Processes stored deliveries after their acknowledgement: at once when one arrives, and by polling for due rows,
 * which also resumes the rows a restart left pending. A failed attempt is retried with exponential backoff and
 * jitter; after the last attempt the row is blocked, logged and counted, never dropped. Measured in
 * {@code lusha_graph_webhook_inbox_lag_seconds{kind}} (receipt to processed) and
 * {@code lusha_graph_webhook_inbox_failures_total{kind,outcome}} (failed attempts: {@code retry} or {@code blocked}).
 */
@ApplicationScoped
public class InboxWorker {

    private static final int BATCH = 50;

    private final Inbox inbox;
    private final DeliveryProcessor processor;
    private final GatewayConfig.Webhooks config;
    private final MeterRegistry meters;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean wanted = new AtomicBoolean();

    public InboxWorker(Inbox inbox, DeliveryProcessor processor, GatewayConfig config, MeterRegistry meters) {
        this.inbox = inbox;
        this.processor = processor;
        this.config = config.webhooks();
        this.meters = meters;
    }

    /** Asks for the due rows to be processed soon, off the caller's thread. */
    public void nudge() {
        Infrastructure.getDefaultWorkerPool().execute(this::drainQuietly);
    }

    @Scheduled(every = "${gateway.webhooks.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        drainQuietly();
    }

    @Scheduled(every = "6h", delayed = "1m")
    void purgeOld() {
        try {
            int purged = inbox.purgeBefore(System.currentTimeMillis() - config.retention().toMillis());
            Log.debugf("Purged %d processed webhook deliveries", purged);
        } catch (SQLException e) {
            Log.warnf("Old webhook deliveries could not be purged (SQLState %s)", e.getSQLState());
        }
    }

    /**
     * Processes the due rows, in batches, until none is left; rows another worker holds are skipped. One drain runs at
     * a time; a call made while one runs makes it look again before it stops, so that no nudge is lost.
     */
    public void drain() throws SQLException {
        wanted.set(true);
        while (wanted.get() && draining.compareAndSet(false, true)) {
            try {
                wanted.set(false);
                drainDue();
            } finally {
                draining.set(false);
            }
        }
    }

    // Rows in progress are leased (not due), so this ends once every due row has been taken.
    private void drainDue() throws SQLException {
        List<Inbox.Row> due;
        do {
            due = inbox.due(System.currentTimeMillis(), BATCH);
            for (Inbox.Row row : due) {
                if (inbox.claim(row, System.currentTimeMillis() + config.lease().toMillis())) {
                    attempt(row, row.attempts() + 1);
                }
            }
        } while (due.size() == BATCH);
    }

    private void drainQuietly() {
        try {
            drain();
        } catch (SQLException | RuntimeException e) {
            Log.warnf("Webhook inbox could not be polled: %s", e.getClass().getSimpleName());
        }
    }

    /**
     * Runs one attempt. The row is marked done once its event has been handed on (see
     * {@link DeliveryProcessor#process}); meanwhile the drain goes on with the next rows. A failure schedules a retry
     * or, after the last attempt, blocks the row.
     */
    private void attempt(Inbox.Row row, int attempt) throws SQLException {
        CompletionStage<Void> handedOn;
        try {
            handedOn = processor.process(row);
        } catch (RuntimeException e) {
            failed(row, attempt, e);
            return;
        }
        handedOn.thenRunAsync(() -> {
            lag(row.kind()).record(Math.max(0, System.currentTimeMillis() - row.receivedAt()), TimeUnit.MILLISECONDS);
            processor.markDone(row);
        }, Infrastructure.getDefaultWorkerPool()).exceptionallyAsync(failure -> {
            try {
                failed(row, attempt, failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause()
                        : failure);
            } catch (SQLException e) {
                // the lease runs out and the row is taken again
                Log.warnf("Webhook delivery %s (%s) could not be rescheduled: %s", row.key(), row.kind(),
                        StoreWork.describe(e));
            }
            return null;
        }, Infrastructure.getDefaultWorkerPool());
    }

    private void failed(Inbox.Row row, int attempt, Throwable e) throws SQLException {
        boolean last = attempt >= config.maxAttempts();
        failures(row.kind(), last ? "blocked" : "retry").increment();
        if (last) {
            inbox.finish(row.key(), Inbox.BLOCKED, System.currentTimeMillis());
            meters.counter("lusha_graph_webhook_blocked_total").increment();
            Log.errorf("Webhook delivery %s (%s) blocked after %d attempts: %s", row.key(), row.kind(), attempt,
                    e.getClass().getSimpleName());
        } else {
            inbox.retryAt(row.key(), System.currentTimeMillis() + backoff(attempt));
            Log.warnf("Webhook delivery %s (%s) failed attempt %d: %s", row.key(), row.kind(), attempt,
                    e.getClass().getSimpleName());
        }
    }

    private Timer lag(String kind) {
        return Timer.builder("lusha_graph_webhook_inbox_lag")
                .description("Time from a webhook delivery's receipt to the end of its processing")
                .tag("kind", kind)
                .serviceLevelObjectives(Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(10),
                        Duration.ofMinutes(1), Duration.ofMinutes(10))
                .register(meters);
    }

    private Counter failures(String kind, String outcome) {
        return Counter.builder("lusha_graph_webhook_inbox_failures")
                .description("Failed processing attempts of stored webhook deliveries")
                .tag("kind", kind)
                .tag("outcome", outcome)
                .register(meters);
    }

    private long backoff(int attempt) {
        long base = config.retryBackoff().toMillis() << Math.min(attempt - 1, 20);
        long capped = Math.min(base, config.maxRetryBackoff().toMillis());
        return capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
    }
}
