package io.lushagraph.lookalike;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.lushagraph.company.Company;
import io.lushagraph.lookalike.wire.CompanyIdentifiers;
import io.lushagraph.lookalike.wire.CompanyLookalikesRequest;
import io.lushagraph.lookalike.wire.CompanyLookalikesResponse;
import io.lushagraph.lookalike.wire.ContactRecommendationsRequest;
import io.lushagraph.lookalike.wire.ContactRecommendationsResponse;
import io.lushagraph.lookalike.wire.ContactSeed;
import io.lushagraph.person.Person;
import io.lushagraph.reveal.CreditGate;
import io.lushagraph.tenant.GatewayRequest;
import io.lushagraph.upstream.GatewayException;
import io.smallrye.mutiny.Uni;

/**
 * Finds lookalikes: contacts through Lusha's recommendations ({@code requestId} paging), companies through its
 * lookalikes ({@code dedupeSessionId} sessions). Arguments are checked before any call; every call and the credits
 * it charged count in the request's cost. A person's or company's own lookalikes are one call per parent, shared by
 * identical expansions in flight for the same tenant and account. Every call first reserves its page (the limit,
 * or Lusha's default of 25) from the tenant's credit budget and gives back what Lusha did not charge; a page the
 * budget cannot cover fails with {@code CREDIT_BUDGET_EXCEEDED} and makes no call.
 */
@ApplicationScoped
public class LookalikeService {

    private static final int LUSHA_DEFAULT_LIMIT = 25;

    private final LookalikeClient client;
    private final CreditGate creditGate;
    private final SharedCalls<Expansion, ContactRecommendationsResponse> personCalls = new SharedCalls<>(
            LookalikeService::credits);
    private final SharedCalls<Expansion, CompanyLookalikesResponse> companyCalls = new SharedCalls<>(
            LookalikeService::credits);

    public LookalikeService(LookalikeClient client, CreditGate creditGate) {
        this.client = client;
        this.creditGate = creditGate;
    }

    /** A page of contacts like the seeds; {@code requestId} continues an earlier page. */
    public Uni<ContactLookalikes> contactLookalikes(GatewayRequest request, ContactSeedsInput seeds,
            ContactSeedsInput exclude, Integer limit, String requestId) {
        ContactRecommendationsRequest body;
        try {
            body = new ContactRecommendationsRequest(LookalikeInputs.requestId(requestId),
                    LookalikeInputs.contacts("seeds", seeds, true), LookalikeInputs.contacts("exclude", exclude, false),
                    LookalikeInputs.limit(limit, LookalikeInputs.MAX_CONTACT_LIMIT));
        } catch (GatewayException invalid) {
            return Uni.createFrom().failure(invalid);
        }
        return creditGate.spend(request, pageSize(body.limit()), () -> {
            request.cost().recordOwnCall();
            return client.contactRecommendations(request.account(), body);
        }, LookalikeService::credits).invoke(answer -> request.cost().addCredits(credits(answer)))
                .map(answer -> LookalikeMapper.contacts(answer, pageSize(body.limit())));
    }

    /** A page of companies like the seeds; {@code dedupeSessionId} continues a session without repeats. */
    public Uni<CompanyLookalikes> companyLookalikes(GatewayRequest request, CompanySeedsInput seeds,
            CompanySeedsInput exclude, Integer limit, String dedupeSessionId) {
        CompanyLookalikesRequest body;
        try {
            body = new CompanyLookalikesRequest(LookalikeInputs.dedupeSessionId(dedupeSessionId),
                    LookalikeInputs.companies("seeds", seeds, true), LookalikeInputs.companies("exclude", exclude, false),
                    LookalikeInputs.limit(limit, LookalikeInputs.MAX_COMPANY_LIMIT));
        } catch (GatewayException invalid) {
            return Uni.createFrom().failure(invalid);
        }
        return creditGate.spend(request, pageSize(body.limit()), () -> {
            request.cost().recordOwnCall();
            return client.companyLookalikes(request.account(), body);
        }, LookalikeService::credits).invoke(answer -> request.cost().addCredits(credits(answer)))
                .map(LookalikeMapper::companies);
    }

    /** The first page of contacts like a person; null when the person has no known company, which Lusha needs. */
    public Uni<ContactLookalikes> ofPerson(GatewayRequest request, ExpansionBudget budget, Person person,
            Integer limit) {
        if (person.company() == null) {
            return Uni.createFrom().nullItem();
        }
        Expansion expansion = new Expansion(request, "person:" + person.id(), limit);
        try {
            LookalikeInputs.limit(limit, LookalikeInputs.MAX_CONTACT_LIMIT);
            budget.admit(expansion);
        } catch (GatewayException refused) {
            return Uni.createFrom().failure(refused);
        }
        ContactRecommendationsRequest body = new ContactRecommendationsRequest(null,
                List.of(new ContactSeed(person.id(), person.company().id())), null, limit);
        return personCalls.call(expansion, request.cost(), () -> creditGate.spend(request, pageSize(limit),
                () -> client.contactRecommendations(request.account(), body), LookalikeService::credits))
                .map(answer -> LookalikeMapper.contacts(answer, pageSize(limit)));
    }

    /** The first page of companies like a company; null when it has neither a domain nor a LinkedIn page. */
    public Uni<CompanyLookalikes> ofCompany(GatewayRequest request, ExpansionBudget budget, Company company,
            Integer limit) {
        CompanyIdentifiers seeds = company.domain() != null ? new CompanyIdentifiers(List.of(company.domain()), null)
                : company.linkedinUrl() != null ? new CompanyIdentifiers(null, List.of(company.linkedinUrl())) : null;
        if (seeds == null) {
            return Uni.createFrom().nullItem();
        }
        Expansion expansion = new Expansion(request, "company:" + company.id(), limit);
        try {
            LookalikeInputs.limit(limit, LookalikeInputs.MAX_COMPANY_LIMIT);
            budget.admit(expansion);
        } catch (GatewayException refused) {
            return Uni.createFrom().failure(refused);
        }
        CompanyLookalikesRequest body = new CompanyLookalikesRequest(null, seeds, null, limit);
        return companyCalls.call(expansion, request.cost(), () -> creditGate.spend(request, pageSize(limit),
                () -> client.companyLookalikes(request.account(), body), LookalikeService::credits))
                .map(LookalikeMapper::companies);
    }

    private static int pageSize(Integer limit) {
        return limit == null ? LUSHA_DEFAULT_LIMIT : limit;
    }

    private static long credits(ContactRecommendationsResponse answer) {
        return answer.creditsCharged() == null ? 0 : answer.creditsCharged();
    }

    private static long credits(CompanyLookalikesResponse answer) {
        return answer.creditsCharged() == null ? 0 : answer.creditsCharged();
    }

    /** One parent's lookalikes with one limit, for one tenant on one Lusha account: what identical calls share. */
    private record Expansion(String tenant, String account, String parent, Integer limit) {

        Expansion(GatewayRequest request, String parent, Integer limit) {
            this(request.tenant(), request.account().id(), parent, limit);
        }
    }
}
