package io.lushagraph.lookalike;

import java.util.List;

import io.lushagraph.common.Location;
import io.lushagraph.lookalike.wire.CompanyLookalikesResponse;
import io.lushagraph.lookalike.wire.ContactRecommendationsResponse;
import io.lushagraph.lookalike.wire.ContactRecommendationsResponse.RecommendedContact;
import io.lushagraph.lookalike.wire.LookalikeCompany;

/** Turns Lusha's recommendation and lookalike answers into the GraphQL lookalike pages. */
final class LookalikeMapper {

    private LookalikeMapper() {
    }

    /**
     * A page of contact recommendations; {@code limit} is the page size asked for (Lusha's default when null), since
     * Lusha does not say whether more remain and only a full page hints that they may.
     */
    static ContactLookalikes contacts(ContactRecommendationsResponse response, int limit) {
        List<ContactLookalike> results = response.contacts().stream().filter(c -> c != null && c.personId() != null)
                .map(LookalikeMapper::contact).toList();
        return new ContactLookalikes(response.requestId(), results, response.contacts().size() >= limit);
    }

    static CompanyLookalikes companies(CompanyLookalikesResponse response) {
        List<CompanyLookalike> results = response.results().stream().filter(c -> c != null && c.name() != null)
                .map(LookalikeMapper::company).toList();
        boolean hasMore = response.meta() != null && Boolean.TRUE.equals(response.meta().hasMore());
        return new CompanyLookalikes(response.dedupeSessionId(), results, hasMore);
    }

    private static ContactLookalike contact(RecommendedContact c) {
        String name = c.name() == null ? null : c.name().trim();
        int space = name == null ? -1 : name.indexOf(' ');
        String first = space < 0 ? name : name.substring(0, space);
        String last = space < 0 ? null : name.substring(space + 1).trim();
        ContactLookalike.Employer company = c.companyId() == null ? null
                : new ContactLookalike.Employer(c.companyId(), c.companyName());
        return new ContactLookalike(c.personId(), name, first, last, c.jobTitle(), company);
    }

    private static CompanyLookalike company(LookalikeCompany c) {
        Location location = c.location() == null ? null
                : new Location(c.location().country(), null, null, c.location().state(), null, c.location().city(),
                        null);
        Integer employees = c.employeeCount() == null ? null : (int) Math.min(c.employeeCount(), Integer.MAX_VALUE);
        return new CompanyLookalike(c.name(), c.domain(), c.linkedinUrl(), employees, c.industry(), location);
    }
}
