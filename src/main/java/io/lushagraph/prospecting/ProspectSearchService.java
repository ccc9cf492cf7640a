package io.lushagraph.prospecting;

import jakarta.enterprise.context.ApplicationScoped;

import io.lushagraph.prospecting.wire.Billing;
import io.lushagraph.prospecting.wire.CompanySearchRequest;
import io.lushagraph.prospecting.wire.CompanySearchRow;
import io.lushagraph.prospecting.wire.ContactSearchRequest;
import io.lushagraph.prospecting.wire.ContactSearchRow;
import io.lushagraph.prospecting.wire.Pages;
import io.lushagraph.tenant.GatewayRequest;
import io.lushagraph.upstream.CostLedger;
import io.lushagraph.upstream.ErrorCode;
import io.lushagraph.upstream.GatewayException;
import io.smallrye.mutiny.Uni;

/**
 * Runs prospecting searches: refuses a bad page or filter before any call, makes one Lusha call per search, and
 * remembers which row ids each search returned so that enrichment can check them.
 */
@ApplicationScoped
public class ProspectSearchService {

    static final int MAX_PAGE = 1000;
    static final int MIN_SIZE = 10;
    static final int MAX_SIZE = 50;

    private final ProspectingClient client;
    private final SearchMemory memory;

    public ProspectSearchService(ProspectingClient client, SearchMemory memory) {
        this.client = client;
        this.memory = memory;
    }

    public Uni<ContactSearchResult> searchContacts(GatewayRequest request, ContactSearchFilters filters,
            PageInput page) {
        ContactSearchRequest body;
        try {
            body = new ContactSearchRequest(pages(page), new ContactSearchRequest.Filters(
                    SearchFilters.contacts(filters), SearchFilters.companies(filters == null ? null : filters.company)),
                    null, null);
        } catch (GatewayException invalid) {
            return Uni.createFrom().failure(invalid);
        }
        request.cost().recordOwnCall();
        return client.searchContacts(request.account(), body).map(answer -> {
            addCredits(request.cost(), answer.billing());
            memory.remember(request.account().id(), answer.requestId(), SearchMemory.Kind.CONTACTS,
                    answer.data().stream().map(ContactSearchRow::contactId).toList());
            return new ContactSearchResult(answer.requestId(), total(answer.totalResults()), body.pages().page(),
                    body.pages().size(), answer.data().stream().map(SearchRows::contact).toList());
        });
    }

    public Uni<CompanySearchResult> searchCompanies(GatewayRequest request, CompanySearchFilters filters,
            PageInput page) {
        CompanySearchRequest body;
        try {
            body = new CompanySearchRequest(pages(page),
                    new CompanySearchRequest.Filters(SearchFilters.companies(filters)));
        } catch (GatewayException invalid) {
            return Uni.createFrom().failure(invalid);
        }
        request.cost().recordOwnCall();
        return client.searchCompanies(request.account(), body).map(answer -> {
            addCredits(request.cost(), answer.billing());
            memory.remember(request.account().id(), answer.requestId(), SearchMemory.Kind.COMPANIES,
                    answer.data().stream().map(CompanySearchRow::id).toList());
            return new CompanySearchResult(answer.requestId(), total(answer.totalResults()), body.pages().page(),
                    body.pages().size(), answer.data().stream().map(SearchRows::company).toList());
        });
    }

    /** Lusha's {@code pages}, with its defaults filled in; out of range is refused before any call. */
    static Pages pages(PageInput input) throws GatewayException {
        int page = input == null || input.page == null ? 0 : input.page;
        int size = input == null || input.size == null ? 20 : input.size;
        if (page < 0 || page > MAX_PAGE || size < MIN_SIZE || size > MAX_SIZE) {
            throw GatewayException.of(ErrorCode.INVALID_INPUT, "page must be from 0 to " + MAX_PAGE
                    + " and size from " + MIN_SIZE + " to " + MAX_SIZE + "; got page " + page + ", size " + size);
        }
        return new Pages(page, size);
    }

    private static int total(Long total) {
        return total == null ? 0 : (int) Math.min(Integer.MAX_VALUE, total);
    }

    private static void addCredits(CostLedger cost, Billing billing) {
        if (billing != null && billing.creditsCharged() != null) {
            cost.addCredits(billing.creditsCharged());
        }
    }
}
