package io.lushagraph.lookalike.wire;

import static io.lushagraph.WireJson.STRICT;
import static io.lushagraph.WireJson.UNKNOWN_ONLY;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnknownPropertiesTest {

    @ParameterizedTest
    @ValueSource(classes = {
            CompanyIdentifiers.class,
            CompanyLookalikesRequest.class,
            CompanyLookalikesResponse.class,
            CompanyRecommendationsRequest.class,
            CompanyRecommendationsResponse.class,
            CompanyRecommendationsResponse.RecommendedCompany.class,
            CompanySeed.class,
            ContactIdentifiers.class,
            ContactIdentifiers.NamedContact.class,
            ContactLookalikesRequest.class,
            ContactLookalikesResponse.class,
            ContactRecommendationsRequest.class,
            ContactRecommendationsResponse.class,
            ContactRecommendationsResponse.RecommendedContact.class,
            ContactSeed.class,
            LookalikeCompany.class,
            LookalikeContact.class,
            LookalikeContact.SocialLinks.class,
            LookalikeContact.Company.class,
            LookalikeContact.JobTitle.class,
            LookalikeLocation.class,
            LookalikeMeta.class
    })
    void everyRecordIgnoresPropertiesItDoesNotKnowWhateverTheMapper(Class<?> record) {
        assertThatCode(() -> STRICT.readValue(UNKNOWN_ONLY, record)).doesNotThrowAnyException();
    }
}
