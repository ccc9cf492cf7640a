package io.lushagraph.prospecting.wire;

import static io.lushagraph.WireJson.fixture;
import static io.lushagraph.WireJson.json;
import static io.lushagraph.WireJson.read;
import static io.lushagraph.WireJson.written;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class ContactSearchWireTest {

    @Test
    void writesTheContractExampleExactly() {
        ContactFilters contacts = new ContactFilters(
                List.of("Engineering & Technical", "Marketing"), List.of(4, 5), List.of("phone", "work_email"),
                List.of(new ContactLocationFilter(null, "United States", "New York", "New York", null)),
                List.of("VP Engineering"), null, null,
                new SignalFilter(List.of("promotion"), LocalDate.of(2025, 11, 1)));
        ContactFilters excluded = new ContactFilters(List.of("Human Resources"), null, null, null, null, null, null,
                null);
        CompanyFilters companies = new CompanyFilters(null, null,
                List.of(new CompanyLocationFilter("United States", null, null)), null, List.of("Salesforce"),
                List.of("Digital Sales"), List.of(new Range(100L, 1000L)),
                List.of(new Range(10_000_000L, 100_000_000L)), null, null, List.of(17), List.of(129), null, null,
                new Range(500L, null), null);
        ContactSearchRequest request = new ContactSearchRequest(new Pages(0, 20),
                new ContactSearchRequest.Filters(new FilterGroup<>(contacts, excluded),
                        FilterGroup.including(companies)),
                null, false);

        assertThat(written(request)).isEqualTo(fixture("prospecting/contact-search-request.json"));
    }

    @Test
    void omitsEveryAbsentOption() {
        ContactFilters sales = new ContactFilters(List.of("Sales"), null, null, null, null, null, null, null);
        ContactSearchRequest request = new ContactSearchRequest(null,
                new ContactSearchRequest.Filters(FilterGroup.including(sales), null), null, null);

        assertThat(written(request))
                .isEqualTo(json("{\"filters\":{\"contacts\":{\"include\":{\"departments\":[\"Sales\"]}}}}"));
    }

    @Test
    void readsTheSpellingsOfLushasOwnExampleAndWritesTheSchemaOnes() {
        ContactSearchRequest request = read("prospecting/contact-search-request-spec-example.json", ContactSearchRequest.class);

        ContactFilters contacts = request.filters().contacts().include();
        assertThat(contacts.existingDataPoints()).containsExactly("phone");
        assertThat(contacts.signal().names()).containsExactly("allSignals", "promotion", "companyChange");
        assertThat(contacts.signal().startDate()).isEqualTo(LocalDate.of(2025, 11, 1));
        assertThat(contacts.locations().get(0).countryGrouping()).isEqualTo("na");
        CompanyFilters companies = request.filters().companies().include();
        assertThat(companies.technologies()).containsExactly("salesforce", "Amazon Web Services");
        assertThat(companies.sicCodes()).containsExactly("1011");
        assertThat(companies.naicsCodes()).containsExactly("11", "21");

        JsonNode include = written(request).path("filters").path("contacts").path("include");
        assertThat(include.has("signal")).isTrue();
        assertThat(include.has("signals")).isFalse();
        assertThat(include.path("existing_data_points").get(0).asText()).isEqualTo("phone");
        JsonNode companyInclude = written(request).path("filters").path("companies").path("include");
        assertThat(companyInclude.path("technologies").get(0).isTextual()).isTrue();
        assertThat(companyInclude.has("sicCodes")).isTrue();
        assertThat(companyInclude.has("sics")).isFalse();
    }

    @Test
    void readsRowsUnderDataWithBilling() {
        ContactSearchResponse response = read("prospecting/contact-search-response.json", ContactSearchResponse.class);

        assertThat(response.requestId()).isEqualTo("b6effae6-35b8-493d-91aa-7d3b1b7c7dc7");
        assertThat(response.currentPage()).isZero();
        assertThat(response.totalResults()).isEqualTo(1342L);
        assertThat(response.data()).hasSize(1);
        ContactSearchRow row = response.data().get(0);
        assertThat(row.contactId()).isEqualTo("06de9b18-516d-5512-5cb5-6ec5bb215776");
        assertThat(row.name()).isEqualTo("Chris Karageorge");
        assertThat(row.companyId()).isEqualTo("28054532");
        assertThat(row.isShown()).isFalse();
        assertThat(row.hasWorkEmail()).isTrue();
        assertThat(row.hasPrivateEmail()).isFalse();
        assertThat(row.hasMobilePhone()).isTrue();
        assertThat(row.hasCompanyFunding()).isFalse();
        assertThat(row.signalTypes()).containsExactly("promotion");
        assertThat(response.billing().creditsCharged()).isZero();
        assertThat(response.billing().resultsReturned()).isEqualTo(2);
    }

    @Test
    void readsRowsUnderTheSchemasContactsKey() {
        ContactSearchResponse response = read("prospecting/contact-search-response-contacts-key.json",
                ContactSearchResponse.class);

        assertThat(response.currentPage()).isEqualTo(3);
        assertThat(response.data()).extracting(ContactSearchRow::contactId)
                .containsExactly("37b4c536-eaec-11ef-ad4b-a75f8e9e1484");
        assertThat(response.data().get(0).companyId()).isEqualTo("1586");
        assertThat(response.data().get(0).signalTypes()).containsExactly("companyChange", "promotion");
        assertThat(response.billing()).isNull();
    }
}
