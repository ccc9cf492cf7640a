package io.lushagraph.prospecting.wire;

import static io.lushagraph.WireJson.fixture;
import static io.lushagraph.WireJson.json;
import static io.lushagraph.WireJson.read;
import static io.lushagraph.WireJson.written;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ContactEnrichWireTest {

    private static final String REQUEST_ID = "b6effae6-35b8-493d-91aa-7d3b1b7c7dc7";

    @Test
    void writesTheContractExampleExactly() {
        ContactEnrichRequest request = new ContactEnrichRequest(REQUEST_ID,
                List.of("06de9b18-516d-5512-5cb5-6ec5bb215776"), false, true);

        assertThat(written(request)).isEqualTo(fixture("prospecting/contact-enrich-request.json"));
    }

    @Test
    void omitsRevealFlagsThatAreNotSet() {
        ContactEnrichRequest request = new ContactEnrichRequest(REQUEST_ID, List.of("a", "b"), null, null);

        assertThat(written(request))
                .isEqualTo(json("{\"requestId\":\"" + REQUEST_ID + "\",\"contactIds\":[\"a\",\"b\"]}"));
    }

    @Test
    void readsTheContractExample() {
        ContactEnrichResponse response = read("prospecting/contact-enrich-response.json", ContactEnrichResponse.class);

        assertThat(response.requestId()).isEqualTo(REQUEST_ID);
        EnrichedContact contact = response.contacts().get(0);
        assertThat(contact.id()).isEqualTo("06de9b18-516d-5512-5cb5-6ec5bb215776");
        assertThat(contact.isSuccess()).isTrue();
        EnrichedContactData data = contact.data();
        assertThat(data.fullName()).isEqualTo("Carolina Portela");
        assertThat(data.jobTitle()).isEqualTo("Solutions Engineer");
        assertThat(data.companyId()).isEqualTo("3553744");
        assertThat(data.location().countryIso2()).isEqualTo("US");
        assertThat(data.location().city()).isEqualTo("Boston");
        assertThat(data.emailAddresses()).containsExactly(
                new EmailAddress("carolina@lusha.com", "work", "A", "2025-10-01"));
        assertThat(data.phoneNumbers()).containsExactly(
                new PhoneNumber("+1 617 555 0100", "mobile", false, "2025-10-01"));
        assertThat(data.socialLinks().linkedin()).isEqualTo("https://www.linkedin.com/in/carolinaportela/");
        assertThat(data.departments()).containsExactly("Engineering & Technical");
        assertThat(data.seniority()).containsExactly(new EnrichedContactData.Seniority(4, "senior"));
        assertThat(data.company().revenueRange()).containsExactly(10_000_000L, 50_000_000L);
        assertThat(data.company().technologies()).containsExactly("salesforce");
        assertThat(data.linkedinSkills()).containsExactly("Presales");
        assertThat(response.credits()).isNull();
    }

    @Test
    void readsTheDocumentedAlternativeSpellings() {
        ContactEnrichResponse response = read("prospecting/contact-enrich-response-variants.json", ContactEnrichResponse.class);

        EnrichedContactData data = response.contacts().get(0).data();
        assertThat(data.companyId()).isEqualTo("1586");
        assertThat(data.location().countryIso2()).isEqualTo("US");
        assertThat(data.emailAddresses()).containsExactly(new EmailAddress("dana.levi@acme.com", "private", "B", null));
        assertThat(data.company().technologies()).containsExactly("Salesforce", "hubspot");
        assertThat(data.company().funding().rounds()).containsExactly(
                new Funding.Round("USD", 205_000_000L, "Private Equity Round", "Nov 10, 2021"));
        assertThat(data.company().funding().isIpo()).isFalse();
        assertThat(data.company().intent().detectedTopics().get(0).metadata())
                .isEqualTo(new Intent.Metadata(82.0, "-4"));
        assertThat(data.linkedinFollowersCount()).isEqualTo(2800L);
        LinkedinCertification certification = data.linkedinCertifications().get(0);
        assertThat(certification.dateYear()).isEqualTo("2023");
        assertThat(certification.dateMonth()).isEqualTo("8");
        assertThat(certification.linkedinCompanyId()).isEqualTo("1441");
        LinkedinCourse course = data.linkedinCourses().get(0);
        assertThat(course.school().name()).isEqualTo("MIT");
        assertThat(course.startDateYear()).isEqualTo("2018");
        assertThat(course.endDateYear()).isEqualTo("2020");
        assertThat(course.fieldOfStudy()).isNull();
        assertThat(data.linkedinAwards().get(0).dateMonth()).isEqualTo("12");

        EnrichedContact failed = response.contacts().get(1);
        assertThat(failed.isSuccess()).isFalse();
        assertThat(failed.data()).isNull();
        assertThat(response.credits()).isEqualTo(1);
    }
}
