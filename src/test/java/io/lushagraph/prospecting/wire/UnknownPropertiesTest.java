package io.lushagraph.prospecting.wire;

import static io.lushagraph.WireJson.STRICT;
import static io.lushagraph.WireJson.UNKNOWN_ONLY;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnknownPropertiesTest {

    @ParameterizedTest
    @ValueSource(classes = {
            Billing.class,
            CompanyEnrichRequest.class,
            CompanyEnrichResponse.class,
            CompanyFilters.class,
            CompanyLocationFilter.class,
            CompanySearchRequest.class,
            CompanySearchRequest.Filters.class,
            CompanySearchResponse.class,
            CompanySearchRow.class,
            CompanySize.class,
            ContactEnrichRequest.class,
            ContactEnrichResponse.class,
            ContactFilters.class,
            ContactLocationFilter.class,
            ContactSearchRequest.class,
            ContactSearchRequest.Filters.class,
            ContactSearchResponse.class,
            ContactSearchRow.class,
            EmailAddress.class,
            EnrichedCompany.class,
            EnrichedCompany.Domains.class,
            EnrichedCompany.Social.class,
            EnrichedCompany.Office.class,
            EnrichedContact.class,
            EnrichedContactData.class,
            EnrichedContactData.Seniority.class,
            EnrichedContactData.Location.class,
            EnrichedContactData.SocialLinks.class,
            EnrichedContactData.Company.class,
            FilterGroup.class,
            Funding.class,
            Funding.Round.class,
            Intent.class,
            Intent.Topic.class,
            Intent.Metadata.class,
            LinkedinAward.class,
            LinkedinCertification.class,
            LinkedinCourse.class,
            LinkedinCourse.FieldOfStudy.class,
            LinkedinCourse.School.class,
            Pages.class,
            PhoneNumber.class,
            Range.class,
            SignalFilter.class
    })
    void everyRecordIgnoresPropertiesItDoesNotKnowWhateverTheMapper(Class<?> record) {
        assertThatCode(() -> STRICT.readValue(UNKNOWN_ONLY, record)).doesNotThrowAnyException();
    }
}
