package io.lushagraph.lookalike.wire;

import static io.lushagraph.WireJson.fixture;
import static io.lushagraph.WireJson.json;
import static io.lushagraph.WireJson.read;
import static io.lushagraph.WireJson.written;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class LookalikesWireTest {

    private static final String SESSION = "58adaa77-7a6e-4c9b-8c2d-820a6538e613";

    @Test
    void writesTheContactContractExampleExactly() {
        ContactIdentifiers seeds = new ContactIdentifiers(List.of("https://www.linkedin.com/in/johndoe"),
                List.of("jane@acme.com"), List.of(1234L, 4567L),
                List.of(new ContactIdentifiers.NamedContact("Alice", "Smith", "sap.com", null)));
        ContactIdentifiers exclude = new ContactIdentifiers(null, List.of("existing@customer.com"), List.of(9999L),
                null);

        assertThat(written(new ContactLookalikesRequest(null, seeds, exclude, 25)))
                .isEqualTo(fixture("lookalike/contact-lookalikes-request.json"));
        assertThat(seeds.count()).isEqualTo(5);
    }

    @Test
    void writesTheDedupeSessionOnGetMoreCalls() {
        ContactLookalikesRequest request = new ContactLookalikesRequest(SESSION,
                new ContactIdentifiers(null, List.of("jane@acme.com"), null, null), null, null);

        assertThat(written(request)).isEqualTo(
                json("{\"dedupeSessionId\":\"" + SESSION + "\",\"seeds\":{\"emails\":[\"jane@acme.com\"]}}"));
    }

    @Test
    void writesTheCompanyContractExampleExactly() {
        CompanyIdentifiers seeds = new CompanyIdentifiers(List.of("sap.com", "oracle.com"),
                List.of("https://www.linkedin.com/company/google"));
        CompanyLookalikesRequest request = new CompanyLookalikesRequest(null, seeds,
                new CompanyIdentifiers(List.of("existingcustomer.com"), null), 100);

        assertThat(written(request)).isEqualTo(fixture("lookalike/company-lookalikes-request.json"));
        assertThat(seeds.count()).isEqualTo(3);
    }

    @Test
    void readsContactLookalikes() {
        ContactLookalikesResponse response = read("lookalike/contact-lookalikes-response.json",
                ContactLookalikesResponse.class);

        assertThat(response.dedupeSessionId()).isEqualTo(SESSION);
        assertThat(response.meta()).isEqualTo(new LookalikeMeta(1, true));
        assertThat(response.creditsCharged()).isEqualTo(3);
        LookalikeContact contact = response.results().get(0);
        assertThat(contact.contactId()).isEqualTo("9659196");
        assertThat(contact.firstName()).isEqualTo("Sarah");
        assertThat(contact.socialLinks().linkedin()).isEqualTo("https://www.linkedin.com/in/sarahjohnson");
        assertThat(contact.company()).isEqualTo(
                new LookalikeContact.Company("8605368", "Marriott International", "marriott.com"));
        assertThat(contact.jobTitle().departments()).containsExactly("Sales");
        assertThat(contact.jobTitle().seniority()).isEqualTo("Director");
        assertThat(contact.location()).isEqualTo(new LookalikeLocation("United States", "Maryland", "Bethesda"));
    }

    @Test
    void readsAGetMoreAnswerWithNullsAndNoCredits() {
        ContactLookalikesResponse response = read("lookalike/contact-lookalikes-response-more.json",
                ContactLookalikesResponse.class);

        assertThat(response.dedupeSessionId()).isNull();
        assertThat(response.creditsCharged()).isNull();
        assertThat(response.meta().hasMore()).isFalse();
        LookalikeContact contact = response.results().get(0);
        assertThat(contact.firstName()).isNull();
        assertThat(contact.lastName()).isEqualTo("Ng");
        assertThat(contact.jobTitle().departments()).isEmpty();
        assertThat(contact.location()).isEqualTo(new LookalikeLocation(null, null, null));
    }

    @Test
    void readsCompanyLookalikes() {
        CompanyLookalikesResponse response = read("lookalike/company-lookalikes-response.json",
                CompanyLookalikesResponse.class);

        assertThat(response.dedupeSessionId()).isEqualTo(SESSION);
        assertThat(response.creditsCharged()).isEqualTo(3);
        assertThat(response.results()).containsExactly(new LookalikeCompany("Marriott International",
                "marriott.com", "https://www.linkedin.com/company/marriott-international", 255_334L, "Hospitality",
                new LookalikeLocation("United States", "Maryland", "Bethesda")));
    }

    @Test
    void readsNullableCompanyFieldsAndTheSingularCreditKey() {
        CompanyLookalikesResponse response = read("lookalike/company-lookalikes-response-nulls.json",
                CompanyLookalikesResponse.class);

        assertThat(response.creditsCharged()).isEqualTo(2);
        LookalikeCompany company = response.results().get(0);
        assertThat(company.name()).isEqualTo("Acme");
        assertThat(company.domain()).isNull();
        assertThat(company.employeeCount()).isNull();
        assertThat(response.meta()).isEqualTo(new LookalikeMeta(1, false));
    }
}
