package io.lushagraph.upstream;

import io.lushagraph.account.wire.AccountUsageResponse;
import io.lushagraph.company.wire.BulkCompanyRequest;
import io.lushagraph.company.wire.CompanyQuery;
import io.lushagraph.company.wire.CompanySingleResponse;
import io.lushagraph.company.wire.WireBulkCompany;
import io.lushagraph.company.wire.WireSingleCompany;
import io.lushagraph.person.wire.BulkPersonRequest;
import io.lushagraph.person.wire.BulkPersonResponse;
import io.lushagraph.person.wire.CompanyHint;
import io.lushagraph.person.wire.ContactError;
import io.lushagraph.person.wire.ContactQuery;
import io.lushagraph.person.wire.ContactResult;
import io.lushagraph.person.wire.EmbeddedCompany;
import io.lushagraph.person.wire.PersonMetadata;
import io.lushagraph.person.wire.SingleContactResponse;
import io.lushagraph.person.wire.WireContact;
import io.lushagraph.person.wire.WireEmail;
import io.lushagraph.person.wire.WireJobTitle;
import io.lushagraph.person.wire.WireLocation;
import io.lushagraph.person.wire.WirePhone;
import io.lushagraph.person.wire.WireSocialLinks;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Registers the enrichment wire types for Jackson in the native image, including those reached only through maps
 * and generic lists, which the REST client's own registration may not walk.
 */
@RegisterForReflection(targets = {
        BulkPersonRequest.class, ContactQuery.class, CompanyHint.class, PersonMetadata.class,
        BulkPersonResponse.class, SingleContactResponse.class, ContactResult.class, ContactError.class,
        WireContact.class, WireEmail.class, WirePhone.class, WireLocation.class, WireJobTitle.class,
        WireSocialLinks.class, EmbeddedCompany.class, EmbeddedCompany.Domains.class, EmbeddedCompany.Social.class,
        EmbeddedCompany.Technology.class,
        BulkCompanyRequest.class, CompanyQuery.class, WireBulkCompany.class, CompanySingleResponse.class,
        CompanySingleResponse.Errors.class, WireSingleCompany.class, WireSingleCompany.Size.class,
        WireSingleCompany.Social.class, WireSingleCompany.Link.class, WireSingleCompany.Location.class,
        AccountUsageResponse.class, AccountUsageResponse.Pool.class })
final class WireTypesReflection {

    private WireTypesReflection() {
    }
}
