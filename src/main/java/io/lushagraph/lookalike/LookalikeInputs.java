package io.lushagraph.lookalike;

import java.util.List;
import java.util.regex.Pattern;

import io.lushagraph.lookalike.wire.CompanyIdentifiers;
import io.lushagraph.lookalike.wire.ContactSeed;
import io.lushagraph.upstream.ErrorCode;
import io.lushagraph.upstream.GatewayException;

/**
 * Checks lookalike arguments against Lusha's ranges before any call and turns them into request parts; anything
 * Lusha would refuse is {@code INVALID_INPUT} here, at no cost.
 */
final class LookalikeInputs {

    /** Most seeds, and most exclusions, per list. */
    static final int MAX_IDENTIFIERS = 100;
    /** Lusha's largest recommendations page. */
    static final int MAX_CONTACT_LIMIT = 25;
    /** Lusha's largest lookalikes page. */
    static final int MAX_COMPANY_LIMIT = 100;

    private static final Pattern UUID = Pattern.compile("\\p{XDigit}{8}(-\\p{XDigit}{4}){3}-\\p{XDigit}{12}");

    private LookalikeInputs() {
    }

    /** 1 to 100 contacts (or, for exclusions, 0 to 100), each a numeric person id and company id. */
    static List<ContactSeed> contacts(String argument, ContactSeedsInput input, boolean required)
            throws GatewayException {
        if (input == null || input.contacts == null) {
            if (required) {
                throw invalid(argument + " needs contacts");
            }
            return null;
        }
        count(argument + ".contacts", input.contacts.size(), required);
        for (ContactSeedInput seed : input.contacts) {
            if (seed == null || !numeric(seed.personId) || !numeric(seed.companyId)) {
                throw invalid(argument + ".contacts need a numeric personId and companyId each");
            }
        }
        return input.contacts.stream().map(s -> new ContactSeed(s.personId.trim(), s.companyId.trim())).toList();
    }

    /** Domains and LinkedIn company URLs, at most 100 of each, none blank; seeds need at least one. */
    static CompanyIdentifiers companies(String argument, CompanySeedsInput input, boolean required)
            throws GatewayException {
        List<String> domains = input == null ? null : trimmed(argument + ".domains", input.domains);
        List<String> linkedinUrls = input == null ? null : trimmed(argument + ".linkedinUrls", input.linkedinUrls);
        CompanyIdentifiers identifiers = new CompanyIdentifiers(domains, linkedinUrls);
        if (required && identifiers.count() == 0) {
            throw invalid(argument + " needs at least one domain or linkedinUrl");
        }
        return identifiers.count() == 0 ? null : identifiers;
    }

    /** A page size within {@code 1..max}, or null for Lusha's default. */
    static Integer limit(Integer limit, int max) throws GatewayException {
        if (limit != null && (limit < 1 || limit > max)) {
            throw invalid("limit must be from 1 to " + max);
        }
        return limit;
    }

    /** A recommendations requestId: any non-blank text, or null for a first page. */
    static String requestId(String requestId) throws GatewayException {
        if (requestId != null && requestId.isBlank()) {
            throw invalid("requestId must not be blank");
        }
        return requestId == null ? null : requestId.trim();
    }

    /** A dedupe session id: a UUID, or null for a new session. */
    static String dedupeSessionId(String id) throws GatewayException {
        if (id != null && !UUID.matcher(id.trim()).matches()) {
            throw invalid("dedupeSessionId must be a UUID");
        }
        return id == null ? null : id.trim();
    }

    static GatewayException invalid(String message) {
        return GatewayException.of(ErrorCode.INVALID_INPUT, message);
    }

    private static void count(String field, int size, boolean required) throws GatewayException {
        if (required && size == 0) {
            throw invalid(field + " needs at least one entry");
        }
        if (size > MAX_IDENTIFIERS) {
            throw invalid(field + " takes at most " + MAX_IDENTIFIERS + " entries");
        }
    }

    private static List<String> trimmed(String field, List<String> values) throws GatewayException {
        if (values == null) {
            return null;
        }
        count(field, values.size(), false);
        if (values.stream().anyMatch(v -> v == null || v.isBlank())) {
            throw invalid(field + " must not hold blank entries");
        }
        return values.stream().map(String::trim).toList();
    }

    private static boolean numeric(String id) {
        return id != null && id.trim().matches("\\d{1,18}");
    }
}
