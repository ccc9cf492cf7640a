package io.lushagraph.prospecting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import io.lushagraph.common.LookupError;
import io.lushagraph.company.Company;
import io.lushagraph.company.CompanyMapper;
import io.lushagraph.config.GatewayConfig;
import io.lushagraph.optout.Suppressions;
import io.lushagraph.person.Person;
import io.lushagraph.person.PersonMapper;
import io.lushagraph.prospecting.wire.CompanyEnrichRequest;
import io.lushagraph.prospecting.wire.ContactEnrichRequest;
import io.lushagraph.prospecting.wire.EnrichedCompany;
import io.lushagraph.prospecting.wire.EnrichedContact;
import io.lushagraph.reveal.CreditGate;
import io.lushagraph.tenant.GatewayRequest;
import io.lushagraph.upstream.ErrorCode;
import io.lushagraph.upstream.GatewayException;
import io.smallrye.mutiny.Uni;

/**
 * Enriches the rows of a search: one result per requested id, in order. Ids of a search this gateway remembers are
 * checked before any call (an id from another search fails alone with {@code INVALID_INPUT}); the rest go to Lusha
 * once each, in chunks of {@code gateway.batch.max-size}, after one credit per id is reserved from the tenant's daily
 * budget; what Lusha did not charge is refunded once every chunk has answered.
 */
@ApplicationScoped
public class ProspectEnrichService {

    private final ProspectingClient client;
    private final SearchMemory memory;
    private final Suppressions suppressions;
    private final CreditGate credits;
    private final int chunkSize;

    public ProspectEnrichService(ProspectingClient client, SearchMemory memory, GatewayConfig config,
            Suppressions suppressions, CreditGate credits) {
        this.client = client;
        this.memory = memory;
        this.suppressions = suppressions;
        this.credits = credits;
        this.chunkSize = config.batch().maxSize();
    }

    public Uni<List<ContactEnrichResult>> enrichContacts(GatewayRequest request, String requestId,
            List<String> contactIds, Boolean revealEmails, Boolean revealPhones) {
        Function<List<String>, Uni<Revealed<Person>>> call = ids -> {
            request.cost().recordOwnCall();
            return client.enrichContacts(request.account(),
                    new ContactEnrichRequest(requestId, ids, revealEmails, revealPhones)).map(answer -> {
                        Map<String, Person> revealed = new HashMap<>();
                        for (EnrichedContact contact : answer.contacts()) {
                            if (Boolean.TRUE.equals(contact.isSuccess()) && contact.data() != null) {
                                revealed.put(contact.id(), PersonMapper.fromProspecting(contact.id(), contact.data()));
                            }
                        }
                        Integer credits = answer.credits();
                        return new Revealed<>(revealed, credits != null ? credits : revealed.size());
                    });
        };
        return enrich(request, requestId, contactIds, SearchMemory.Kind.CONTACTS, call).map(outcomes -> contactIds
                .stream().map(id -> new ContactEnrichResult(id, suppressions.redact(outcomes.get(id).value()),
                        error(outcomes.get(id))))
                .toList());
    }

    public Uni<List<CompanyEnrichResult>> enrichCompanies(GatewayRequest request, String requestId,
            List<String> companyIds) {
        Function<List<String>, Uni<Revealed<Company>>> call = ids -> {
            request.cost().recordOwnCall();
            return client.enrichCompanies(request.account(), new CompanyEnrichRequest(requestId, ids)).map(answer -> {
                Map<String, Company> revealed = new HashMap<>();
                for (EnrichedCompany company : answer.companies()) {
                    revealed.put(company.id(), CompanyMapper.fromEnriched(company));
                }
                boolean billed = answer.billing() != null && answer.billing().creditsCharged() != null;
                return new Revealed<>(revealed, billed ? answer.billing().creditsCharged() : revealed.size());
            });
        };
        return enrich(request, requestId, companyIds, SearchMemory.Kind.COMPANIES, call).map(outcomes -> companyIds
                .stream().map(id -> new CompanyEnrichResult(id, outcomes.get(id).value(), error(outcomes.get(id))))
                .toList());
    }

    /**
     * An outcome for every distinct id: refused here when the search is remembered, refused with
     * {@code CREDIT_BUDGET_EXCEEDED} (all of them, no call) when the tenant's budget cannot cover the ids to send
     * ({@code STORE_UNAVAILABLE} when the budget cannot be checked),
     * else as Lusha answered.
     */
    private <T> Uni<Map<String, ChunkedEnrichment.Outcome<T>>> enrich(GatewayRequest request, String requestId,
            List<String> ids, SearchMemory.Kind kind, Function<List<String>, Uni<Revealed<T>>> call) {
        if (!isUuid(requestId)) {
            return Uni.createFrom().failure(GatewayException.of(ErrorCode.INVALID_INPUT,
                    "requestId must be the UUID a search returned"));
        }
        Map<String, ChunkedEnrichment.Outcome<T>> refused = new HashMap<>();
        Optional<SearchMemory.Search> search = memory.find(request.account().id(), requestId);
        List<String> send = new ArrayList<>();
        for (String id : new LinkedHashSet<>(ids)) {
            Optional<GatewayException> refusal = search.flatMap(s -> refusal(s, kind, requestId, id));
            if (refusal.isPresent()) {
                refused.put(id, new ChunkedEnrichment.Outcome<>(null, refusal.get()));
            } else {
                send.add(id);
            }
        }
        GatewayException named = GatewayException.of(ErrorCode.INVALID_INPUT,
                "Lusha refused this id: search " + requestId + " did not return it");
        AtomicLong kept = new AtomicLong();
        Function<List<String>, Uni<Map<String, T>>> charged = chunk -> call.apply(chunk)
                .invoke(revealed -> kept.addAndGet(revealed.credits()))
                .invoke(revealed -> request.cost().addCredits(revealed.credits()))
                .onFailure(CreditGate::mayHaveCharged).invoke(() -> kept.addAndGet(chunk.size()))
                .map(Revealed::byId);
        return credits.reserveThen(request, send.size(), () -> ChunkedEnrichment.run(send, chunkSize, charged, named)
                .eventually(() -> credits.refund(request, send.size() - kept.get())), refusal -> {
                    Map<String, ChunkedEnrichment.Outcome<T>> none = new HashMap<>();
                    send.forEach(id -> none.put(id, new ChunkedEnrichment.Outcome<>(null, refusal)));
                    return none;
                }).map(outcomes -> {
                    outcomes.putAll(refused);
                    return outcomes;
                });
    }

    /** What one enrichment call revealed, by id, and the credits Lusha charged for it. */
    private record Revealed<T>(Map<String, T> byId, long credits) {
    }

    private static Optional<GatewayException> refusal(SearchMemory.Search search, SearchMemory.Kind kind,
            String requestId, String id) {
        if (search.kind() != kind) {
            String other = search.kind() == SearchMemory.Kind.CONTACTS ? "contact" : "company";
            return Optional.of(GatewayException.of(ErrorCode.INVALID_INPUT,
                    "requestId " + requestId + " belongs to a " + other + " search"));
        }
        return search.ids().contains(id) ? Optional.empty()
                : Optional.of(GatewayException.of(ErrorCode.INVALID_INPUT,
                        "This id was not returned by search " + requestId));
    }

    private static LookupError error(ChunkedEnrichment.Outcome<?> outcome) {
        return outcome.error() == null ? null : LookupError.of(outcome.error());
    }

    private static boolean isUuid(String value) {
        try {
            return value != null && UUID.fromString(value).toString().equalsIgnoreCase(value);
        } catch (IllegalArgumentException notUuid) {
            return false;
        }
    }
}
