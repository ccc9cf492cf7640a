package io.lushagraph.prospecting;

import io.lushagraph.prospecting.wire.Billing;
import io.lushagraph.prospecting.wire.CompanyEnrichRequest;
import io.lushagraph.prospecting.wire.CompanyEnrichResponse;
import io.lushagraph.prospecting.wire.CompanyFilters;
import io.lushagraph.prospecting.wire.CompanyLocationFilter;
import io.lushagraph.prospecting.wire.CompanySearchRequest;
import io.lushagraph.prospecting.wire.CompanySearchResponse;
import io.lushagraph.prospecting.wire.CompanySearchRow;
import io.lushagraph.prospecting.wire.CompanySize;
import io.lushagraph.prospecting.wire.ContactEnrichRequest;
import io.lushagraph.prospecting.wire.ContactEnrichResponse;
import io.lushagraph.prospecting.wire.ContactFilters;
import io.lushagraph.prospecting.wire.ContactLocationFilter;
import io.lushagraph.prospecting.wire.ContactSearchRequest;
import io.lushagraph.prospecting.wire.ContactSearchResponse;
import io.lushagraph.prospecting.wire.ContactSearchRow;
import io.lushagraph.prospecting.wire.EmailAddress;
import io.lushagraph.prospecting.wire.EnrichedCompany;
import io.lushagraph.prospecting.wire.EnrichedContact;
import io.lushagraph.prospecting.wire.EnrichedContactData;
import io.lushagraph.prospecting.wire.FilterGroup;
import io.lushagraph.prospecting.wire.Funding;
import io.lushagraph.prospecting.wire.Intent;
import io.lushagraph.prospecting.wire.LinkedinAward;
import io.lushagraph.prospecting.wire.LinkedinCertification;
import io.lushagraph.prospecting.wire.LinkedinCourse;
import io.lushagraph.prospecting.wire.NameListDeserializer;
import io.lushagraph.prospecting.wire.Pages;
import io.lushagraph.prospecting.wire.PhoneNumber;
import io.lushagraph.prospecting.wire.Range;
import io.lushagraph.prospecting.wire.SignalFilter;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Registers the prospecting wire types for Jackson in the native image, including those reached only through
 * generic groups and lists, which the REST client's own registration may not walk.
 */
@RegisterForReflection(targets = {
        ContactSearchRequest.class, ContactSearchRequest.Filters.class, CompanySearchRequest.class,
        CompanySearchRequest.Filters.class, FilterGroup.class, ContactFilters.class, CompanyFilters.class,
        ContactLocationFilter.class, CompanyLocationFilter.class, Range.class, SignalFilter.class, Pages.class,
        ContactSearchResponse.class, ContactSearchRow.class, CompanySearchResponse.class, CompanySearchRow.class,
        Billing.class, ContactEnrichRequest.class, ContactEnrichResponse.class, EnrichedContact.class,
        EnrichedContactData.class, EnrichedContactData.Seniority.class, EnrichedContactData.Location.class,
        EnrichedContactData.SocialLinks.class, EnrichedContactData.Company.class, EmailAddress.class,
        PhoneNumber.class, CompanyEnrichRequest.class, CompanyEnrichResponse.class, EnrichedCompany.class,
        EnrichedCompany.Domains.class, EnrichedCompany.Social.class, EnrichedCompany.Office.class, CompanySize.class,
        Funding.class, Funding.Round.class, Intent.class, Intent.Topic.class, Intent.Metadata.class,
        NameListDeserializer.class, LinkedinAward.class, LinkedinCertification.class, LinkedinCourse.class,
        LinkedinCourse.FieldOfStudy.class, LinkedinCourse.School.class })
final class WireReflection {

    private WireReflection() {
    }
}
