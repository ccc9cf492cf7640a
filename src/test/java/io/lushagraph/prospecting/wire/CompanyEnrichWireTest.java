package io.lushagraph.prospecting.wire;

import static io.lushagraph.WireJson.fixture;
import static io.lushagraph.WireJson.read;
import static io.lushagraph.WireJson.written;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.lushagraph.signal.wire.CompanySignalItem;

class CompanyEnrichWireTest {

    @Test
    void writesCompaniesIdsAsLushaSpellsIt() {
        CompanyEnrichRequest request = new CompanyEnrichRequest("5ad275c8-7dd4-462a-bd45-6bc1970da64e",
                List.of("1586"));

        assertThat(written(request)).isEqualTo(fixture("prospecting/company-enrich-request.json"));
    }

    @Test
    void readsTheContractExample() {
        CompanyEnrichResponse response = read("prospecting/company-enrich-response.json", CompanyEnrichResponse.class);

        EnrichedCompany company = response.companies().get(0);
        assertThat(company.id()).isEqualTo("1586");
        assertThat(company.name()).isEqualTo("Amazon");
        assertThat(company.companySize()).isEqualTo(new CompanySize(10_001L, 100_000L, 750_000L));
        assertThat(company.employees()).isEqualTo("10001 - 100000");
        assertThat(company.revenueRange()).containsExactly(1_000_000_000L, 10_000_000_000L);
        assertThat(company.domains()).isEqualTo(new EnrichedCompany.Domains("amazon.com", "amazon.com"));
        assertThat(company.industryTags()).containsExactly("Technology, Information & Media",
                "E-Commerce & Marketplace");
        assertThat(company.stateCode()).isEqualTo("WA");
        assertThat(company.countryIso2()).isEqualTo("US");
        assertThat(company.coordinates()).containsExactly(-122.33, 47.60);
        assertThat(company.social().linkedin()).isEqualTo("https://www.linkedin.com/company/amazon");
        assertThat(company.technologies()).containsExactly("aws");
        assertThat(company.signals()).isEmpty();
        assertThat(response.billing().creditsCharged()).isEqualTo(1);
    }

    @Test
    void collectsSignalArraysAndReadsTheArraySizeAndMixedTechnologies() {
        CompanyEnrichResponse response = read("prospecting/company-enrich-response-signals.json", CompanyEnrichResponse.class);

        EnrichedCompany company = response.companies().get(0);
        assertThat(company.id()).isEqualTo("33222678");
        assertThat(company.companySize()).isEqualTo(new CompanySize(201L, 500L, null));
        assertThat(company.technologies()).containsExactly("salesforce", "hubspot");
        assertThat(company.lushaPopularityTier()).isEqualTo(2);
        EnrichedCompany.Office office = company.companyLocations().get(0);
        assertThat(office.countryIso2()).isEqualTo("IL");
        assertThat(office.stateCode()).isNull();
        assertThat(office.coordinates()).containsExactly(34.78, 32.08);

        assertThat(company.signals()).containsOnlyKeys("surgeInHiring", "riskNews");
        CompanySignalItem surge = company.signalsOf("surgeInHiring").get(0);
        assertThat(surge.signalId()).isEqualTo("1503905");
        assertThat(surge.signalDate()).isEqualTo(LocalDate.of(2025, 6, 15));
        assertThat(surge.newJobsPostedLastWeek()).isEqualTo(25L);
        assertThat(surge.changeRatePercent()).isEqualTo(150.0);
        assertThat(company.signalsOf("riskNews")).isEmpty();
        assertThat(company.signalsOf("peopleNews")).isEmpty();
    }
}
