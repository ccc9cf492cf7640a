package io.lushagraph.lookalike.wire;

import static io.lushagraph.WireJson.fixture;
import static io.lushagraph.WireJson.json;
import static io.lushagraph.WireJson.read;
import static io.lushagraph.WireJson.written;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class RecommendationsWireTest {

    @Test
    void writesTheContactContractExampleExactly() {
        ContactRecommendationsRequest request = new ContactRecommendationsRequest(null,
                List.of(new ContactSeed("1234567890", "33222678")), List.of(new ContactSeed("555", "33222678")), 10);

        assertThat(written(request)).isEqualTo(fixture("lookalike/contact-recommendations-request.json"));
    }

    @Test
    void writesOnlyTheSeedsOnAFirstCallWithoutOptions() {
        ContactRecommendationsRequest request = new ContactRecommendationsRequest(null,
                List.of(new ContactSeed("1", "2")), null, null);

        assertThat(written(request)).isEqualTo(json("{\"contacts\":[{\"personId\":\"1\",\"companyId\":\"2\"}]}"));
    }

    @Test
    void writesTheCompanyRequestWithItsPagingRequestId() {
        CompanyRecommendationsRequest request = new CompanyRecommendationsRequest("req_123456789",
                List.of(new CompanySeed("33222678")), List.of(new CompanySeed("1441")), 25);

        assertThat(written(request)).isEqualTo(fixture("lookalike/company-recommendations-request.json"));
    }

    @Test
    void readsContactRecommendations() {
        ContactRecommendationsResponse response = read("lookalike/contact-recommendations-response.json",
                ContactRecommendationsResponse.class);

        assertThat(response.requestId()).isEqualTo("123e4567-e89b-12d3-a456-426614174000");
        assertThat(response.count()).isEqualTo(1);
        assertThat(response.creditsCharged()).isEqualTo(3);
        assertThat(response.contacts()).containsExactly(new ContactRecommendationsResponse.RecommendedContact(
                "9659196", "8605368", "Sarah Johnson", "VP of Sales", "Marriott International"));
    }

    @Test
    void readsCompanyRecommendationsWithNumericIdsAsStrings() {
        CompanyRecommendationsResponse response = read("lookalike/company-recommendations-response.json",
                CompanyRecommendationsResponse.class);

        assertThat(response.requestId()).isEqualTo("req_123456790");
        assertThat(response.count()).isEqualTo(2);
        assertThat(response.creditsCharged()).isEqualTo(2);
        assertThat(response.companies()).extracting(CompanyRecommendationsResponse.RecommendedCompany::companyId)
                .containsExactly("8605368", "1035");
        assertThat(response.companies().get(0).fqdn()).isEqualTo("marriott.com");
        assertThat(response.companies().get(1).description()).isNull();
    }
}
