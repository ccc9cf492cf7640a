package io.lushagraph.simulator.enrich;

import java.util.List;

import io.lushagraph.simulator.signal.SignalRequests;

/** The body of {@code POST /bulk/company/v2} and {@code POST /v2/company} ({@code CompaniesBulkRequest}). */
record BulkCompanyRequest(List<Item> companies, List<String> signals, String signalsStartDate,
        SignalRequests.Filters signalsFilters) {

    /** One company to enrich; {@code id} is the caller's key in the answer map. */
    record Item(String id, String domain, String name, String companyId, String fqdn) {
    }
}
