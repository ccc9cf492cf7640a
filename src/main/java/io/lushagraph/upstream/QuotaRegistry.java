package io.lushagraph.upstream;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The latest quota state per Lusha account, updated from the headers of every upstream response and exposed as
 * {@code lusha_upstream_quota_remaining{account,window}}. Answers of concurrent calls may arrive out of order: one
 * that shows fewer requests made than the answer just before it is taken as overtaken (see
 * {@link QuotaState#updatedBy}).
 */
@ApplicationScoped
public class QuotaRegistry {

    private final Map<String, QuotaState> byAccount = new ConcurrentHashMap<>();
    private final MeterRegistry meters;
    private final Clock clock;

    public QuotaRegistry(MeterRegistry meters) {
        this.meters = meters;
        this.clock = Clock.systemUTC();
    }

    /** Records the quota headers of one response; a response without them changes nothing. */
    public void record(LushaAccount account, Map<String, String> lowerCaseHeaders) {
        QuotaState.Window daily = window(lowerCaseHeaders, "daily");
        QuotaState.Window hourly = window(lowerCaseHeaders, "hourly");
        QuotaState.Window minute = window(lowerCaseHeaders, "minute");
        if (daily == null && hourly == null && minute == null) {
            return;
        }
        QuotaState observed = new QuotaState(daily, hourly, minute, clock.instant());
        boolean[] first = new boolean[1];
        byAccount.compute(account.id(), (id, before) -> {
            first[0] = before == null;
            return before == null ? observed : before.updatedBy(observed);
        });
        if (first[0]) {
            registerGauges(account.id());
        }
    }

    public Optional<QuotaState> current(LushaAccount account) {
        return Optional.ofNullable(byAccount.get(account.id()));
    }

    private void registerGauges(String accountId) {
        gauge(accountId, "daily", s -> s.daily());
        gauge(accountId, "hourly", s -> s.hourly());
        gauge(accountId, "minute", s -> s.minute());
    }

    private void gauge(String accountId, String window, java.util.function.Function<QuotaState, QuotaState.Window> pick) {
        Gauge.builder("lusha_upstream_quota_remaining", byAccount, m -> {
            QuotaState state = m.get(accountId);
            QuotaState.Window w = state == null ? null : pick.apply(state);
            return w == null || w.remaining() == null ? Double.NaN : w.remaining();
        }).tag("account", accountId).tag("window", window)
                .description("Requests left in Lusha's quota window, from the latest response headers")
                .register(meters);
    }

    private static QuotaState.Window window(Map<String, String> h, String name) {
        Long limit = number(h.get("x-rate-limit-" + name));
        Long left = number(h.get("x-" + name + "-requests-left"));
        Long used = number(h.get("x-" + name + "-usage"));
        return limit == null && left == null && used == null ? null : new QuotaState.Window(limit, left, used);
    }

    private static Long number(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
