package io.lushagraph.signal.wire;

import static io.lushagraph.WireJson.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignalOptionsWireTest {

    @Test
    void readsContactOptionsWithoutFilterOptions() {
        SignalOptions options = read("signal/options-contact.json", SignalOptions.class);

        assertThat(options.objectType()).isEqualTo("contact");
        assertThat(options.signals()).containsExactly("promotion", "companyChange", "allSignals");
        assertThat(options.filterOptions()).isNull();
    }

    @Test
    void readsCompanyOptionsWithTheirSubFilterValues() {
        SignalOptions options = read("signal/options-company.json", SignalOptions.class);

        assertThat(options.objectType()).isEqualTo("company");
        assertThat(options.signals()).hasSize(23).contains("surgeInHiringByLocation", "productActivityNews");
        assertThat(options.filterOptions().newsEventTypes()).containsExactly("Asset Investment", "Asset Sale",
                "Partnership");
        assertThat(options.filterOptions().hiringByDepartments()).contains("Engineering & Technical");
        assertThat(options.filterOptions().hiringByLocations()).containsExactly(
                new SignalLocation("United States", "California"), new SignalLocation("Germany", null));
    }

    @Test
    void writesTheObjectTypeAsLushaSpellsItInThePath() {
        assertThat(SignalObjectType.CONTACT).hasToString("contact");
        assertThat(SignalObjectType.COMPANY).hasToString("company");
    }
}
