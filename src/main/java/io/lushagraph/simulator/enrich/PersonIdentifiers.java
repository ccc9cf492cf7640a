package io.lushagraph.simulator.enrich;

import java.util.List;

/** The ways a request can name a person; any may be null. Names go with one or more company hints. */
public record PersonIdentifiers(Long personId, String email, String linkedinUrl, String firstName, String lastName,
        List<CompanyHint> companies) {

    /** A company the person works at, by name or domain. */
    public record CompanyHint(String name, String domain) {
    }
}
