package io.lushagraph.signal;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.lushagraph.signal.wire.CompanySignalsByIdRequest;
import io.lushagraph.signal.wire.CompanySignalsResponse;
import io.lushagraph.signal.wire.CompanySignalsSearchRequest;
import io.lushagraph.signal.wire.ContactSignalsByIdRequest;
import io.lushagraph.signal.wire.ContactSignalsResponse;
import io.lushagraph.signal.wire.ContactSignalsSearchRequest;
import io.lushagraph.signal.wire.SignalObjectType;
import io.lushagraph.signal.wire.SignalOptions;
import io.lushagraph.upstream.LushaAccount;
import io.lushagraph.upstream.LushaEndpoint;
import io.lushagraph.upstream.UpstreamExecutor;
import io.smallrye.mutiny.Uni;

/**
 * Calls Lusha's Signals API for one account through the {@link UpstreamExecutor}; batch calls report how many
 * contacts or companies they carry.
 */
@ApplicationScoped
public class SignalClient {

    private final SignalRestClient rest;
    private final UpstreamExecutor upstream;

    public SignalClient(@RestClient SignalRestClient rest, UpstreamExecutor upstream) {
        this.rest = rest;
        this.upstream = upstream;
    }

    /** {@code GET /api/signals/filters/{objectType}}. */
    public Uni<SignalOptions> options(LushaAccount account, SignalObjectType objectType) {
        return upstream.call(account, LushaEndpoint.SIGNAL_OPTIONS, 1, key -> rest.options(key, objectType));
    }

    /** {@code POST /api/signals/contacts}. */
    public Uni<ContactSignalsResponse> contactSignals(LushaAccount account, ContactSignalsByIdRequest request) {
        return upstream.call(account, LushaEndpoint.CONTACT_SIGNALS, size(request.contactIds()),
                key -> rest.contactSignals(key, request));
    }

    /** {@code POST /api/signals/contacts/search}. */
    public Uni<ContactSignalsResponse> searchContactSignals(LushaAccount account,
            ContactSignalsSearchRequest request) {
        return upstream.call(account, LushaEndpoint.CONTACT_SIGNALS_SEARCH, size(request.contacts()),
                key -> rest.searchContactSignals(key, request));
    }

    /** {@code POST /api/signals/companies}. */
    public Uni<CompanySignalsResponse> companySignals(LushaAccount account, CompanySignalsByIdRequest request) {
        return upstream.call(account, LushaEndpoint.COMPANY_SIGNALS, size(request.companyIds()),
                key -> rest.companySignals(key, request));
    }

    /** {@code POST /api/signals/companies/search}. */
    public Uni<CompanySignalsResponse> searchCompanySignals(LushaAccount account,
            CompanySignalsSearchRequest request) {
        return upstream.call(account, LushaEndpoint.COMPANY_SIGNALS_SEARCH, size(request.companies()),
                key -> rest.searchCompanySignals(key, request));
    }

    private static int size(List<?> items) {
        return items == null ? 0 : items.size();
    }
}
