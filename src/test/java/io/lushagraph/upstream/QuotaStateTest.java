package io.lushagraph.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class QuotaStateTest {

    private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");

    private static QuotaState daily(long remaining, Long used, Instant at) {
        return new QuotaState(new QuotaState.Window(100_000L, remaining, used), null, null, at);
    }

    @Test
    void anAnswerOvertakenByAConcurrentOneKeepsTheLaterReading() {
        QuotaState second = daily(99_998, 2L, T0);

        QuotaState afterFirst = second.updatedBy(daily(99_999, 1L, T0.plusMillis(5)));

        assertThat(afterFirst.daily().remaining()).isEqualTo(99_998);
        assertThat(afterFirst.observedAt()).isEqualTo(T0.plusMillis(5));
    }

    @Test
    void withoutUsageTheRemainderTellsWhichCameFirst() {
        QuotaState state = daily(99_998, null, T0).updatedBy(daily(99_999, null, T0.plusMillis(5)));

        assertThat(state.daily().remaining()).isEqualTo(99_998);
    }

    @Test
    void anAnswerAfterAResetIsTakenAsItComes() {
        QuotaState state = daily(10, 99_990L, T0).updatedBy(daily(99_999, 1L, T0.plusSeconds(2)));

        assertThat(state.daily().remaining()).isEqualTo(99_999);
    }

    @Test
    void aLaterAnswerWithMoreUsedReplacesTheReading() {
        QuotaState state = daily(99_999, 1L, T0).updatedBy(daily(99_998, 2L, T0.plusMillis(5)));

        assertThat(state.daily().remaining()).isEqualTo(99_998);
    }

    @Test
    void aWindowTheLaterAnswerDoesNotReportIsDropped() {
        QuotaState state = daily(99_999, 1L, T0)
                .updatedBy(new QuotaState(null, new QuotaState.Window(1000L, 5L, 995L), null, T0.plusMillis(5)));

        assertThat(state.daily()).isNull();
        assertThat(state.hourly().remaining()).isEqualTo(5);
    }
}
