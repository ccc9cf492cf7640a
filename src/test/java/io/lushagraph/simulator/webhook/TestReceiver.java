package io.lushagraph.simulator.webhook;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Singleton;

/**
 * A webhook receiver for tests, one inbox per name: it echoes challenges unless told to refuse them, records every
 * delivery with its exact bytes and headers, fails the next N deliveries and answers late when told to.
 */
@Singleton
public class TestReceiver {

    /** One delivery as it arrived. */
    public record Delivery(byte[] body, String signature, String timestamp, String userAgent, String contentType) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final Map<String, List<Delivery>> inboxes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    private final Map<String, Boolean> refusing = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> challenges = new ConcurrentHashMap<>();
    private final Map<String, Long> delays = new ConcurrentHashMap<>();

    public List<Delivery> deliveries(String name) {
        return inboxes.computeIfAbsent(name, n -> new CopyOnWriteArrayList<>());
    }

    public int challenges(String name) {
        return challenges.computeIfAbsent(name, n -> new AtomicInteger()).get();
    }

    public void failNext(String name, int times) {
        failures.put(name, new AtomicInteger(times));
    }

    /** Makes every later delivery to {@code name} wait this long before it is answered. */
    public void answerAfter(String name, long millis) {
        delays.put(name, millis);
    }

    long delayOf(String name) {
        return delays.getOrDefault(name, 0L);
    }

    public void refuseChallenges(String name) {
        refusing.put(name, true);
    }

    boolean answersChallenge(String name) {
        challenges.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
        return !refusing.getOrDefault(name, false);
    }

    /** Records the delivery; true when it should be acknowledged, false when it should fail. */
    boolean receive(String name, Delivery delivery) {
        deliveries(name).add(delivery);
        AtomicInteger left = failures.get(name);
        return left == null || left.getAndDecrement() <= 0;
    }
}
