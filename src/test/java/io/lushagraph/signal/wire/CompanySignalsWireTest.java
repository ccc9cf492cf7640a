package io.lushagraph.signal.wire;

import static io.lushagraph.WireJson.fixture;
import static io.lushagraph.WireJson.json;
import static io.lushagraph.WireJson.read;
import static io.lushagraph.WireJson.written;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class CompanySignalsWireTest {

    private static final LocalDate JANUARY_FIRST = LocalDate.of(2025, 1, 1);
    private static final LocalDate JUNE_15 = LocalDate.of(2025, 6, 15);

    @Test
    void writesTheByIdContractExampleExactly() {
        CompanySignalsByIdRequest request = new CompanySignalsByIdRequest(List.of(3416L),
                List.of("websiteTrafficIncrease", "commercialActivityNews"), JANUARY_FIRST, 10,
                new CompanySignalFilters(new CompanySignalFilters.Include(List.of("Partnership"), null, null)));

        assertThat(written(request)).isEqualTo(fixture("signal/company-signals-request.json"));
    }

    @Test
    void writesTheSearchContractExampleExactly() {
        CompanySignalsSearchRequest request = new CompanySignalsSearchRequest(List.of(
                new CompanySignalsSearchRequest.CompanyIdentity("123123", "Arcmedix", null),
                new CompanySignalsSearchRequest.CompanyIdentity("12344321", null, "lusha.com")),
                List.of("itSpendIncrease"), JANUARY_FIRST, 10, null);

        assertThat(written(request)).isEqualTo(fixture("signal/company-signals-search-request.json"));
    }

    @Test
    void writesHiringLocationsWithoutAnAbsentState() {
        CompanySignalFilters filters = new CompanySignalFilters(new CompanySignalFilters.Include(null,
                List.of("Sales"), List.of(new SignalLocation("Germany", null))));

        assertThat(written(filters)).isEqualTo(json("{\"include\":{\"hiringByDepartments\":[\"Sales\"],"
                + "\"hiringByLocations\":[{\"country\":\"Germany\"}]}}"));
    }

    @Test
    void readsTheByIdContractExampleWithItsDynamicSignalKeys() {
        CompanySignalsResponse response = read("signal/company-signals-response.json", CompanySignalsResponse.class);

        assertThat(response.creditsCharged()).isEqualTo(2);
        assertThat(response.endDate()).isEqualTo(LocalDate.of(2025, 7, 31));
        CompanySignalData company = response.companies().get("3416");
        assertThat(company.companyId()).isEqualTo("3416");
        assertThat(company.companyName()).isEqualTo("Lusha");
        assertThat(company.signals()).containsOnlyKeys("commercialActivityNews", "websiteTrafficIncrease");
        CompanySignalItem news = company.signalsOf("commercialActivityNews").get(0);
        assertThat(news.eventType()).isEqualTo("partnership");
        assertThat(news.articlePublishedDate()).isEqualTo(JUNE_15);
        assertThat(news.eventEffectiveDate()).isEqualTo(LocalDate.of(2025, 6, 10));
        assertThat(news.articleUrl()).isEqualTo("https://example.com/article");
        CompanySignalItem traffic = company.signalsOf("websiteTrafficIncrease").get(0);
        assertThat(traffic.lastMonthVisits()).isEqualTo(75_000L);
        assertThat(traffic.historicalAvg()).isEqualTo(50_000.0);
        assertThat(traffic.changeRatePercent()).isEqualTo(50.0);
    }

    @Test
    void readsTheSearchContractExampleKeyedByTheCallersId() {
        CompanySignalsResponse response = read("signal/company-signals-search-response.json", CompanySignalsResponse.class);

        CompanySignalData company = response.companies().get("12344321");
        assertThat(company.companyId()).isEqualTo("3416");
        assertThat(company.signalsOf("itSpendIncrease")).extracting(CompanySignalItem::estimatedAnnualItSpend)
                .containsExactly(5_000_000L);
    }

    @Test
    void readsEveryItemShapeKeepsEmptyTypesAndDropsUnrelatedKeys() {
        CompanySignalsResponse response = read("signal/company-signals-all-types.json", CompanySignalsResponse.class);

        assertThat(response.creditsCharged()).isEqualTo(7);
        CompanySignalData company = response.companies().get("3416");
        assertThat(company.companyId()).isEqualTo("3416");
        assertThat(company.signals()).containsOnlyKeys("surgeInHiring", "surgeInHiringByDepartment",
                "surgeInHiringByLocation", "headcountIncrease3m", "websiteTrafficDecrease", "itSpendDecrease",
                "riskNews", "peopleNews");
        assertThat(company.signalsOf("surgeInHiring").get(0).newJobsPostedLastWeek()).isEqualTo(25L);
        CompanySignalItem byDepartment = company.signalsOf("surgeInHiringByDepartment").get(0);
        assertThat(byDepartment.department()).isEqualTo("Engineering");
        assertThat(byDepartment.newJobsPostedLast4Weeks()).isEqualTo(15L);
        CompanySignalItem byLocation = company.signalsOf("surgeInHiringByLocation").get(0);
        assertThat(byLocation.country()).isEqualTo("United States");
        assertThat(byLocation.state()).isEqualTo("California");
        CompanySignalItem headcount = company.signalsOf("headcountIncrease3m").get(0);
        assertThat(headcount.baselineEmployeesCount()).isEqualTo(500L);
        assertThat(headcount.newEmployeesCount()).isEqualTo(550L);
        CompanySignalItem traffic = company.signalsOf("websiteTrafficDecrease").get(0);
        assertThat(traffic.historicalAvg()).isEqualTo(15.5);
        assertThat(traffic.changeRatePercent()).isEqualTo(-22.5);
        assertThat(company.signalsOf("itSpendDecrease").get(0).estimatedAnnualItSpend()).isEqualTo(4_000_000L);
        assertThat(company.signalsOf("riskNews").get(0).eventSummary()).isEqualTo("Lusha faces a lawsuit");
        assertThat(company.signalsOf("peopleNews")).isEmpty();
        assertThat(company.signalsOf("surgeInHiring").get(0).signalDate()).isEqualTo(JUNE_15);
    }
}
