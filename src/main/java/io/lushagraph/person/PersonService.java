package io.lushagraph.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;

import io.lushagraph.batch.Batchers;
import io.lushagraph.batch.CoalescingBatcher;
import io.lushagraph.batch.KeyResult;
import io.lushagraph.batch.Loaded;
import io.lushagraph.batch.RefusalSplitting;
import io.lushagraph.common.LookupError;
import io.lushagraph.company.Company;
import io.lushagraph.company.CompanyMapper;
import io.lushagraph.optout.OptOuts;
import io.lushagraph.optout.Suppressions;
import io.lushagraph.person.wire.BulkPersonRequest;
import io.lushagraph.person.wire.BulkPersonResponse;
import io.lushagraph.person.wire.ContactError;
import io.lushagraph.person.wire.ContactQuery;
import io.lushagraph.person.wire.ContactResult;
import io.lushagraph.reveal.EnrichmentCache;
import io.lushagraph.reveal.EnrichmentCaches;
import io.lushagraph.reveal.Reveals;
import io.lushagraph.tenant.GatewayRequest;
import io.lushagraph.upstream.ErrorCode;
import io.lushagraph.upstream.GatewayException;
import io.lushagraph.upstream.LushaAccount;
import io.lushagraph.upstream.LushaEndpoint;
import io.smallrye.mutiny.Uni;

/**
 * Finds people through Lusha's bulk person endpoint: every lookup, single or listed, is answered from the enrichment
 * cache or, within the tenant's credit budget, through the account's batching lane for its options, so duplicates
 * are fetched once and concurrent requests share bulk calls. A lookup Lusha would refuse is refused here before
 * any call, and a bulk call Lusha refuses is split so that only the refused lookups fail.
 */
@ApplicationScoped
public class PersonService {

    private final PersonClient client;
    private final Batchers batchers;
    private final Suppressions suppressions;
    private final OptOuts optOuts;
    private final Reveals reveals;
    private final EnrichmentCache<PersonKey, Person> cache;

    public PersonService(PersonClient client, Batchers batchers, Suppressions suppressions, OptOuts optOuts,
            Reveals reveals, EnrichmentCaches caches) {
        this.client = client;
        this.batchers = batchers;
        this.suppressions = suppressions;
        this.optOuts = optOuts;
        this.reveals = reveals;
        this.cache = caches.persons();
    }

    /** One person, null when Lusha finds nobody; a lookup without an identifier fails before any call. */
    public Uni<Person> person(GatewayRequest request, PersonLookup lookup, PersonLookupOptions options) {
        Optional<PersonKey> key = PersonKey.of(lookup);
        if (key.isEmpty()) {
            return Uni.createFrom().failure(noIdentifier());
        }
        PersonOptions opts = PersonOptions.of(options);
        return reveals.one(request, cache, opts, lane(request, opts), key.get())
                .onItem().transformToUni(loaded -> loaded.error() != null
                        ? Uni.createFrom().failure(refused(key.get(), loaded.error()))
                        : Uni.createFrom().item(suppressions.redact(loaded.value())));
    }

    /** One result per lookup, in order; each lookup fails or succeeds on its own. */
    public Uni<List<PersonResult>> persons(GatewayRequest request, List<PersonLookup> lookups,
            PersonLookupOptions options) {
        List<Optional<PersonKey>> keys = lookups.stream().map(PersonKey::of).toList();
        List<PersonKey> valid = keys.stream().flatMap(Optional::stream).toList();
        PersonOptions opts = PersonOptions.of(options);
        return reveals.all(request, cache, opts, lane(request, opts), valid).map(loaded -> {
            List<PersonResult> results = new ArrayList<>(keys.size());
            int next = 0;
            for (Optional<PersonKey> key : keys) {
                if (key.isEmpty()) {
                    results.add(new PersonResult(null, LookupError.of(noIdentifier())));
                } else {
                    Loaded<Person> one = loaded.get(next++);
                    results.add(new PersonResult(suppressions.redact(one.value()),
                            one.error() == null ? null : LookupError.of(refused(key.get(), one.error()))));
                }
            }
            return results;
        });
    }

    /**
     * Whether the answer to a lookup with these options (argument values, as the query cost sees them) is already
     * in the account's enrichment cache, so that it would cost no credit.
     */
    public boolean isCached(String accountId, Map<String, Object> lookup, Map<String, Object> options) {
        Optional<PersonKey> key = LookupValues.lookup(lookup).flatMap(PersonKey::of);
        Optional<PersonLookupOptions> opts = LookupValues.options(options);
        return key.isPresent() && opts.isPresent()
                && cache.contains(accountId, PersonOptions.of(opts.get()), key.get());
    }

    /** A 451 suppresses the contact (by id, or the looked-up email) as an opt-out does; the error is returned. */
    private GatewayException refused(PersonKey key, GatewayException error) {
        if (error.code() == ErrorCode.GDPR_BLOCKED) {
            key.contactId().ifPresent(optOuts::suppressContact);
            key.email().ifPresent(optOuts::suppressValue);
        }
        return error;
    }

    private CoalescingBatcher<PersonKey, Person> lane(GatewayRequest request, PersonOptions options) {
        LushaAccount account = request.account();
        return batchers.lane(LushaEndpoint.PERSON_BULK, account.id(), options,
                () -> cache.storing(account.id(), options,
                        RefusalSplitting.of(keys -> load(account, options, keys))));
    }

    private Uni<Map<PersonKey, KeyResult<Person>>> load(LushaAccount account, PersonOptions options,
            List<PersonKey> keys) {
        List<ContactQuery> contacts = IntStream.range(0, keys.size())
                .mapToObj(i -> keys.get(i).toQuery(Integer.toString(i))).toList();
        return client.bulkPerson(account, new BulkPersonRequest(contacts, options.toMetadata()))
                .map(response -> byKey(keys, response));
    }

    private static Map<PersonKey, KeyResult<Person>> byKey(List<PersonKey> keys, BulkPersonResponse response) {
        Map<String, Company> companies = new HashMap<>();
        Map<PersonKey, KeyResult<Person>> results = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            ContactResult result = response.contacts() == null ? null : response.contacts().get(Integer.toString(i));
            results.put(keys.get(i), toResult(result, response, companies));
        }
        return results;
    }

    private static KeyResult<Person> toResult(ContactResult result, BulkPersonResponse response,
            Map<String, Company> companies) {
        if (result == null || (result.error() != null && result.error().isEmptyData())) {
            return KeyResult.missing();
        }
        if (result.error() != null) {
            return KeyResult.failed(itemError(result.error()));
        }
        if (result.data() == null) {
            return KeyResult.missing();
        }
        String companyId = result.data().companyId();
        Company company = companyId == null || response.companies() == null
                || !response.companies().containsKey(companyId) ? null
                        : companies.computeIfAbsent(companyId,
                                id -> CompanyMapper.fromEmbedded(id, response.companies().get(id)));
        return KeyResult.found(PersonMapper.toPerson(result.data(), company), result.creditCharged());
    }

    private static GatewayException itemError(ContactError error) {
        String name = error.name() == null ? "" : error.name().toUpperCase(Locale.ROOT);
        ErrorCode code = name.contains("GDPR") || Integer.valueOf(451).equals(error.code()) ? ErrorCode.GDPR_BLOCKED
                : ErrorCode.UPSTREAM_UNAVAILABLE;
        return GatewayException.of(code, code == ErrorCode.GDPR_BLOCKED
                ? "Lusha withholds this person for data-protection reasons"
                : "Lusha could not resolve this lookup", error.name());
    }

    private static GatewayException noIdentifier() {
        return GatewayException.of(ErrorCode.INVALID_INPUT,
                "A person lookup needs a numeric id, email, linkedinUrl, or firstName and lastName with "
                        + "companyName or companyDomain");
    }
}
