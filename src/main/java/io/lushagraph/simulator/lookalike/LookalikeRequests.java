package io.lushagraph.simulator.lookalike;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The request bodies of the lookalike and recommendation endpoints (getContactLookalikes, getCompanyLookalikes,
 * getContactRecommendations).
 */
final class LookalikeRequests {

    private LookalikeRequests() {
    }

    /** {@code POST /v3/lookalike/contacts} ({@code ContactLookalikesRequest}, no other properties allowed). */
    record ContactLookalikes(String dedupeSessionId, ContactIdentifiers seeds, ContactIdentifiers exclude,
            Integer limit) {
    }

    /** {@code ContactIdentifiersBatch}: people by LinkedIn URL, email, Lusha id or name at a company. */
    record ContactIdentifiers(List<String> linkedinUrls, List<String> emails, List<Long> contactIds,
            List<NamedContact> contacts) {

        int count() {
            return size(linkedinUrls) + size(emails) + size(contactIds) + size(contacts);
        }
    }

    /** A person by first and last name, at a company given by domain or name. */
    record NamedContact(String firstName, String lastName, String companyDomain, String companyName) {
    }

    /** {@code POST /v3/lookalike/companies} ({@code CompanyLookalikesRequest}). */
    record CompanyLookalikes(String dedupeSessionId, CompanyIdentifiers seeds, CompanyIdentifiers exclude,
            Integer limit) {
    }

    /** {@code CompanyIdentifiersBatch}: companies by domain or LinkedIn company URL. */
    record CompanyIdentifiers(List<String> domains, List<String> linkedinUrls) {

        int count() {
            return size(domains) + size(linkedinUrls);
        }
    }

    /**
     * {@code POST /api/recommendations/contacts}; {@code exclude} items are {@code {personId, companyId}} objects or
     * bare person ids.
     */
    record ContactRecommendations(String requestId, List<ContactSeed> contacts, List<JsonNode> exclude,
            Integer limit) {
    }

    record ContactSeed(String personId, String companyId) {
    }

    /** {@code POST /api/recommendations/companies}; {@code exclude} items are {@code {companyId}} or bare ids. */
    record CompanyRecommendations(String requestId, List<CompanySeed> companies, List<JsonNode> exclude,
            Integer limit) {
    }

    record CompanySeed(String companyId) {
    }

    static int size(List<?> items) {
        return items == null ? 0 : items.size();
    }
}
