package io.lushagraph.prospecting.wire;

import static io.lushagraph.WireJson.fixture;
import static io.lushagraph.WireJson.read;
import static io.lushagraph.WireJson.written;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CompanySearchWireTest {

    @Test
    void writesTheContractExampleExactly() {
        CompanyFilters include = new CompanyFilters(null, null, null,
                List.of(new CompanyLocationFilter("United States", "California", null),
                        new CompanyLocationFilter("Germany", null, null)),
                null, null, null, null, null, null, null, null, null, null, new Range(100L, 5000L), null);
        CompanyFilters exclude = new CompanyFilters(null, List.of("excluded.com"), null, null, null, null, null, null,
                List.of("1234"), null, null, null, null, null, null, null);
        CompanySearchRequest request = new CompanySearchRequest(new Pages(0, 20),
                new CompanySearchRequest.Filters(new FilterGroup<>(include, exclude)));

        assertThat(written(request)).isEqualTo(fixture("prospecting/company-search-request.json"));
    }

    @Test
    void readsRowsUnderDataWithBilling() {
        CompanySearchResponse response = read("prospecting/company-search-response.json", CompanySearchResponse.class);

        assertThat(response.requestId()).isEqualTo("5ad275c8-7dd4-462a-bd45-6bc1970da64e");
        assertThat(response.totalResults()).isEqualTo(50L);
        assertThat(response.data()).extracting(CompanySearchRow::id).containsExactly("1035", "1441");
        assertThat(response.data().get(0).hasCompanyEmployeesCount()).isTrue();
        assertThat(response.data().get(1).hasCompanyRevenue()).isFalse();
        assertThat(response.data().get(1).name()).isEqualTo("Google");
        assertThat(response.billing().creditsCharged()).isEqualTo(2);
    }

    @Test
    void readsRowsUnderTheSchemasCompaniesKey() {
        CompanySearchResponse response = read("prospecting/company-search-response-companies-key.json",
                CompanySearchResponse.class);

        assertThat(response.data()).extracting(CompanySearchRow::id).containsExactly("1586");
        assertThat(response.data().get(0).hasCompanyFunding()).isTrue();
        assertThat(response.data().get(0).signalTypes()).containsExactly("riskNews");
        assertThat(response.billing()).isNull();
    }
}
