package io.lushagraph.lookalike;

import io.lushagraph.lookalike.wire.CompanyIdentifiers;
import io.lushagraph.lookalike.wire.CompanyLookalikesRequest;
import io.lushagraph.lookalike.wire.CompanyLookalikesResponse;
import io.lushagraph.lookalike.wire.CompanyRecommendationsRequest;
import io.lushagraph.lookalike.wire.CompanyRecommendationsResponse;
import io.lushagraph.lookalike.wire.CompanySeed;
import io.lushagraph.lookalike.wire.ContactIdentifiers;
import io.lushagraph.lookalike.wire.ContactLookalikesRequest;
import io.lushagraph.lookalike.wire.ContactLookalikesResponse;
import io.lushagraph.lookalike.wire.ContactRecommendationsRequest;
import io.lushagraph.lookalike.wire.ContactRecommendationsResponse;
import io.lushagraph.lookalike.wire.ContactSeed;
import io.lushagraph.lookalike.wire.LookalikeCompany;
import io.lushagraph.lookalike.wire.LookalikeContact;
import io.lushagraph.lookalike.wire.LookalikeLocation;
import io.lushagraph.lookalike.wire.LookalikeMeta;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Registers the wire types the lookalike resolvers send and read for Jackson in the native image, including those
 * reached only through generic lists.
 */
@RegisterForReflection(targets = {
        ContactRecommendationsRequest.class, ContactSeed.class, ContactRecommendationsResponse.class,
        ContactRecommendationsResponse.RecommendedContact.class, CompanyLookalikesRequest.class,
        CompanyIdentifiers.class, CompanyLookalikesResponse.class, LookalikeCompany.class, LookalikeLocation.class,
        LookalikeMeta.class, CompanyRecommendationsRequest.class, CompanyRecommendationsResponse.class,
        CompanyRecommendationsResponse.RecommendedCompany.class, CompanySeed.class, ContactIdentifiers.class,
        ContactIdentifiers.NamedContact.class, ContactLookalikesRequest.class, ContactLookalikesResponse.class,
        LookalikeContact.class, LookalikeContact.Company.class, LookalikeContact.JobTitle.class,
        LookalikeContact.SocialLinks.class })
final class LookalikeWireReflection {

    private LookalikeWireReflection() {
    }
}
