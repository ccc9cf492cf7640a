package io.lushagraph.simulator.enrich;

import java.util.List;

/** The body of {@code POST /bulk/company/v2} and {@code POST /v2/company} ({@code CompaniesBulkRequest}). */
record BulkCompanyRequest(List<Item> companies) {

    /** One company to enrich; {@code id} is the caller's key in the answer map. */
    record Item(String id, String domain, String name, String companyId, String fqdn) {
    }
}
