package io.lushagraph.signal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;

import org.dataloader.DataLoaderRegistry;

import io.lushagraph.batch.Batchers;
import io.lushagraph.batch.CoalescingBatcher;
import io.lushagraph.batch.KeyResult;
import io.lushagraph.batch.Loaded;
import io.lushagraph.common.LookupError;
import io.lushagraph.config.GatewayConfig;
import io.lushagraph.person.PersonLookup;
import io.lushagraph.reveal.CreditGate;
import io.lushagraph.signal.wire.ContactIdentity;
import io.lushagraph.signal.wire.ContactSignalData;
import io.lushagraph.signal.wire.ContactSignalsByIdRequest;
import io.lushagraph.signal.wire.ContactSignalsResponse;
import io.lushagraph.signal.wire.ContactSignalsSearchRequest;
import io.lushagraph.tenant.GatewayRequest;
import io.lushagraph.upstream.ErrorCode;
import io.lushagraph.upstream.GatewayException;
import io.lushagraph.upstream.LushaAccount;
import io.lushagraph.upstream.LushaEndpoint;
import io.smallrye.mutiny.Uni;

/**
 * Contact signals. {@code Person.signals} goes to {@code POST /api/signals/contacts}: per request one loader per
 * distinct query collects a level's people, and its batches go through the account's lane for that query, so
 * concurrent requests share calls. {@code contactSignals} goes to {@code /api/signals/contacts/search} the same way.
 */
@ApplicationScoped
public class ContactSignalService {

    private final SignalClient client;
    private final Batchers batchers;
    private final GatewayConfig config;
    private final CreditGate credits;

    public ContactSignalService(SignalClient client, Batchers batchers, GatewayConfig config, CreditGate credits) {
        this.client = client;
        this.batchers = batchers;
        this.config = config;
        this.credits = credits;
    }

    /** A person's signals, newest first; empty when Lusha has none. */
    public Uni<List<Signal>> ofPerson(GatewayRequest request, DataLoaderRegistry loaders, String personId,
            SignalQuery query) {
        if (personId == null || !personId.matches("\\d{1,18}")) {
            return Uni.createFrom().failure(GatewayException.of(ErrorCode.INVALID_INPUT, "A person id is a number"));
        }
        CoalescingBatcher<Long, FoundSignals> lane = byIdLane(request.account(), query);
        return FieldLoaders.<Long, Loaded<FoundSignals>> load(loaders, "Person.signals " + query.key(),
                config.batch().maxSize(), Long.valueOf(personId), ids -> SignalCredits.load(credits, request, query,
                        ContactSignalType.values().length, ids, batch -> lane.loadAll(batch, request.cost())))
                .onItem().transformToUni(SignalResults::signals);
    }

    /** One result per lookup, in order; a lookup without a usable identifier fails alone, before any call. */
    public Uni<List<ContactSignalsResult>> search(GatewayRequest request, List<PersonLookup> lookups,
            SignalQuery query) {
        List<Optional<ContactSignalKey>> keys = lookups.stream().map(ContactSignalKey::of).toList();
        List<ContactSignalKey> valid = keys.stream().flatMap(Optional::stream).toList();
        LushaAccount account = request.account();
        CoalescingBatcher<ContactSignalKey, FoundSignals> lane = batchers.lane(LushaEndpoint.CONTACT_SIGNALS_SEARCH,
                account.id(), query, () -> batch -> search(account, query, batch));
        return SignalCredits.load(credits, request, query, ContactSignalType.values().length, valid,
                batch -> lane.loadAll(batch, request.cost())).map(loaded -> {
                    List<ContactSignalsResult> results = new ArrayList<>(keys.size());
                    int next = 0;
                    for (Optional<ContactSignalKey> key : keys) {
                        results.add(key.isEmpty() ? new ContactSignalsResult(null, List.of(), LookupError.of(noIdentifier()))
                                : result(loaded.get(next++)));
                    }
                    return results;
                });
    }

    private static ContactSignalsResult result(Loaded<FoundSignals> loaded) {
        if (loaded.error() != null) {
            return new ContactSignalsResult(null, List.of(), LookupError.of(loaded.error()));
        }
        if (loaded.value() == null) {
            return new ContactSignalsResult(null, List.of(), null);
        }
        return new ContactSignalsResult(loaded.value().id(), loaded.value().signals(), null);
    }

    private CoalescingBatcher<Long, FoundSignals> byIdLane(LushaAccount account, SignalQuery query) {
        return batchers.lane(LushaEndpoint.CONTACT_SIGNALS, account.id(), query, () -> ids -> byId(account, query, ids));
    }

    private Uni<Map<Long, KeyResult<FoundSignals>>> byId(LushaAccount account, SignalQuery query, List<Long> ids) {
        List<String> wireKeys = ids.stream().map(String::valueOf).toList();
        return client.contactSignals(account, new ContactSignalsByIdRequest(ids, query.types(), query.since(), null))
                .map(response -> SignalResults.byKey(ids, wireKeys, entries(response), response.creditsCharged()));
    }

    private Uni<Map<ContactSignalKey, KeyResult<FoundSignals>>> search(LushaAccount account, SignalQuery query,
            List<ContactSignalKey> keys) {
        List<String> wireKeys = IntStream.range(0, keys.size()).mapToObj(i -> keys.get(i).wireKey(i)).toList();
        List<ContactIdentity> contacts = IntStream.range(0, keys.size())
                .mapToObj(i -> keys.get(i).toIdentity(wireKeys.get(i))).toList();
        return client.searchContactSignals(account,
                new ContactSignalsSearchRequest(contacts, query.types(), query.since(), null))
                .map(response -> SignalResults.byKey(keys, wireKeys, entries(response), response.creditsCharged()));
    }

    private static Map<String, SignalResults.Entry> entries(ContactSignalsResponse response) {
        Map<String, SignalResults.Entry> entries = new HashMap<>();
        response.contacts().forEach((key, data) -> {
            if (data != null) {
                entries.put(key, entry(data));
            }
        });
        return entries;
    }

    private static SignalResults.Entry entry(ContactSignalData data) {
        return new SignalResults.Entry(data.personId(), SignalMapper.contact(data),
                SignalMapper.typesWithResults(data.signals()));
    }

    private static GatewayException noIdentifier() {
        return GatewayException.of(ErrorCode.INVALID_INPUT,
                "A person lookup needs a numeric id, email, linkedinUrl, or firstName and lastName with "
                        + "companyName or companyDomain");
    }
}
