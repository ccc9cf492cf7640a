package io.lushagraph.webhook.manage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.lushagraph.webhook.SubscriptionOwners.Owner;

/** What Lusha's one subscription to an entity delivers when tenants share it, and what each owner receives. */
class SharedTypesTest {

    @Test
    void lushasTypesAreEveryOwnersTypesOrAllSignalsAlone() {
        Owner promotions = new Owner("acme", true, List.of("promotion"), null);
        Owner changes = new Owner("globex", true, List.of("companyChange", "promotion"), null);
        Owner all = new Owner("initech", true, List.of("allSignals"), null);

        assertThat(SharedTypes.union(List.of(promotions, changes))).containsExactly("promotion", "companyChange");
        assertThat(SharedTypes.union(List.of(promotions, all))).containsExactly("allSignals");
        assertThat(SharedTypes.union(List.of("promotion"), List.of("allSignals"))).containsExactly("allSignals");
    }

    @Test
    void lushasTypesCoverWhatIsAskedOnlyWhenTheyDeliverAllOfIt() {
        assertThat(SharedTypes.covers(List.of("allSignals"), List.of("promotion"))).isTrue();
        assertThat(SharedTypes.covers(List.of("promotion", "companyChange"), List.of("promotion"))).isTrue();
        assertThat(SharedTypes.covers(List.of("promotion"), List.of("promotion", "companyChange"))).isFalse();
        assertThat(SharedTypes.covers(List.of("promotion"), List.of("allSignals"))).isFalse();
    }

    @Test
    void anOwnerReceivesOnlyTheTypesItAskedForOnceItShares() {
        assertThat(new Owner("acme", true, List.of("promotion"), null).wants("promotion")).isTrue();
        assertThat(new Owner("acme", true, List.of("promotion"), null).wants("companyChange")).isFalse();
        assertThat(new Owner("acme", true, List.of("allSignals"), null).wants("companyChange")).isTrue();
        assertThat(new Owner("acme", false, List.of(), null).wants("companyChange"))
                .as("an owner alone takes what Lusha delivers").isTrue();
    }
}
