package io.lushagraph.simulator.prospecting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.lushagraph.simulator.universe.ReferenceData;
import io.lushagraph.simulator.universe.Universe;

/** Every SIC and NAICS code a company carries is offered by the filter catalogs, so filtering by one finds it. */
class IndustryCodesTest {

    @Test
    void companyCodesAreCatalogCodes() {
        Universe universe = Universe.build(7, 2_000, 2_000);
        Set<String> sics = ReferenceData.sics().stream().map(ReferenceData.Code::code).collect(Collectors.toSet());
        Set<String> naics = ReferenceData.naics().stream().map(ReferenceData.Code::code).collect(Collectors.toSet());

        IntStream.range(0, universe.companyCount()).mapToObj(universe::company).forEach(company -> {
            assertThat(sics).as("SIC of %s", company.industry()).contains(IndustryCodes.sic(company));
            assertThat(naics).as("NAICS of %s", company.industry()).contains(IndustryCodes.naics(company));
        });
    }
}
