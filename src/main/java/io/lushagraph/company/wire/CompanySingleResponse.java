package io.lushagraph.company.wire;

/** Answer of {@code GET /v2/company}: the company, or {@code errors.message} when Lusha found none. */
public record CompanySingleResponse(WireSingleCompany data, Errors errors) {

    /** Lusha's per-request error object on this endpoint. */
    public record Errors(String message) {
    }
}
