package io.lushagraph.upstream;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * What one GraphQL request cost upstream: the distinct Lusha calls that served it (a call shared by several
 * coalesced requests counts once for each of them) and the credits charged for lookups it initiated.
 */
public final class CostLedger {

    private static final AtomicLong CALL_IDS = new AtomicLong();

    private final Set<Long> calls = ConcurrentHashMap.newKeySet();
    private final AtomicLong credits = new AtomicLong();
    private final AtomicLong estimated = new AtomicLong();
    private final AtomicLong estimatedCredits = new AtomicLong();
    private final AtomicReference<LocalDate> creditDay = new AtomicReference<>();

    /** A fresh id for one upstream call. */
    public static long nextCallId() {
        return CALL_IDS.incrementAndGet();
    }

    /** Notes that the call with this id served the request; recording one id twice counts it once. */
    public void recordCall(long callId) {
        if (callId > 0) {
            calls.add(callId);
        }
    }

    /** Notes one upstream call made for this request alone. */
    public void recordOwnCall() {
        calls.add(nextCallId());
    }

    /**
     * The budget day the request's reservations and refunds count against: the day of its first reservation, so that
     * credits reserved before midnight and given back after it go back to the day they were taken from.
     */
    public LocalDate creditDay(Supplier<LocalDate> today) {
        creditDay.compareAndSet(null, today.get());
        return creditDay.get();
    }

    public void addCredits(long charged) {
        credits.addAndGet(charged);
    }

    /** Adds what an operation of the request was counted to cost before it ran, and the credits within that. */
    public void estimate(long cost, long credits) {
        estimated.addAndGet(cost);
        estimatedCredits.addAndGet(credits);
    }

    /** What the request was counted to cost before it ran. */
    public long estimated() {
        return estimated.get();
    }

    /** The credits the request was counted to spend at most before it ran; cached lookups count none. */
    public long estimatedCredits() {
        return estimatedCredits.get();
    }

    public int upstreamCalls() {
        return calls.size();
    }

    public long creditsCharged() {
        return credits.get();
    }
}
