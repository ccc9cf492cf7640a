package io.lushagraph.simulator.lookalike;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.lushagraph.simulator.MutableClock;
import io.lushagraph.simulator.gate.SimEndpoint;

class LookalikeSessionsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final LookalikeSessions sessions = new LookalikeSessions(clock, 100);

    @Test
    void aSessionLivesThirtyDaysFromItsLastUse() {
        String id = sessions.open(SimEndpoint.COMPANY_LOOKALIKES).id();

        clock.advance(Duration.ofDays(29));
        assertThat(sessions.resume(SimEndpoint.COMPANY_LOOKALIKES, id)).isPresent();
        clock.advance(Duration.ofDays(29));
        assertThat(sessions.resume(SimEndpoint.COMPANY_LOOKALIKES, id)).as("each use restarts the 30 days").isPresent();
        clock.advance(LookalikeSessions.IDLE_LIFETIME.plusSeconds(1));
        assertThat(sessions.resume(SimEndpoint.COMPANY_LOOKALIKES, id)).isEmpty();
    }

    @Test
    void aSessionBelongsToTheEndpointThatOpenedIt() {
        String id = sessions.open(SimEndpoint.CONTACT_LOOKALIKES).id();

        assertThat(sessions.resume(SimEndpoint.COMPANY_LOOKALIKES, id)).isEmpty();
        assertThat(sessions.resume(SimEndpoint.CONTACT_LOOKALIKES, id)).isPresent();
        assertThat(sessions.openOrResume(SimEndpoint.CONTACT_LOOKALIKES, "8d7a6c52-2b7e-4f5e-9a34-3b0d5f1e2c11"))
                .isEmpty();
        assertThat(sessions.openOrResume(SimEndpoint.CONTACT_LOOKALIKES, null)).get()
                .extracting(LookalikeSession::id).isNotEqualTo(id);
    }

    @Test
    void pagesNeverRepeatSkipExclusionsAndTellWhetherMoreRemain() {
        LookalikeSession session = sessions.open(SimEndpoint.COMPANY_LOOKALIKES);
        int[] ranked = IntStream.range(0, 10).toArray();

        LookalikeSession.Page first = session.next(ranked, Set.of(1), 4);
        LookalikeSession.Page second = session.next(ranked, Set.of(1), 4);
        LookalikeSession.Page last = session.next(ranked, Set.of(1), 4);
        LookalikeSession.Page after = session.next(ranked, Set.of(), 4);

        assertThat(first.results()).containsExactly(0, 2, 3, 4);
        assertThat(first.hasMore()).isTrue();
        assertThat(second.results()).containsExactly(5, 6, 7, 8);
        assertThat(second.hasMore()).isTrue();
        assertThat(last.results()).containsExactly(9);
        assertThat(last.hasMore()).isFalse();
        assertThat(after.results()).as("an exclusion lifted later still returns once").containsExactly(1);
        assertThat(after.hasMore()).isFalse();
    }

    @Test
    void aFullLastPageSaysNothingRemains() {
        LookalikeSession session = sessions.open(SimEndpoint.CONTACT_RECOMMENDATIONS);

        LookalikeSession.Page page = session.next(new int[] { 7, 3, 5 }, Set.of(), 3);

        assertThat(page.results()).containsExactly(7, 3, 5);
        assertThat(page.hasMore()).isFalse();
        assertThat(session.next(new int[] { 7, 3, 5 }, Set.of(), 3).results()).isEmpty();
    }

    @Test
    void noMoreSessionsThanTheBoundAreKept() {
        LookalikeSessions small = new LookalikeSessions(clock, 2);
        List<String> ids = IntStream.range(0, 50).mapToObj(i -> small.open(SimEndpoint.COMPANY_LOOKALIKES).id())
                .toList();

        assertThat(ids.stream().filter(id -> small.resume(SimEndpoint.COMPANY_LOOKALIKES, id).isPresent()))
                .hasSizeLessThanOrEqualTo(2);
    }
}
