package io.lushagraph.simulator.prospecting;

import java.util.List;

import io.lushagraph.simulator.enrich.CompanyMapper;
import io.lushagraph.simulator.universe.Company;

/** Renders search rows: who or what matched, and which data points an enrichment would reveal. */
final class Rows {

    private Rows() {
    }

    static ProspectingWire.ContactRow contact(String contactId, boolean shown, Prospect p, Company c) {
        return new ProspectingWire.ContactRow(contactId, shown, p.fullName(), p.role().title(), c.id(), c.name(),
                "www." + c.domain(), CompanyMapper.description(c), CompanyMapper.logoUrl(c), p.hasEmail(),
                p.hasEmail(), false, p.hasPhone(), p.hasMobilePhone(), p.hasDirectPhone(),
                !p.role().departments().isEmpty(), true, true, true, true, c.revenue() != null, true, true,
                c.funding() != null, c.intent() != null, !c.technologies().isEmpty(), true, true,
                List.copyOf(DerivedSignals.of(p).keySet()));
    }

    static ProspectingWire.CompanyRow company(Company c) {
        return new ProspectingWire.CompanyRow(Long.toString(c.id()), c.name(), "www." + c.domain(),
                CompanyMapper.description(c), CompanyMapper.logoUrl(c), true, c.revenue() != null, true, true,
                c.funding() != null, c.intent() != null, !c.technologies().isEmpty(), true, true,
                List.copyOf(DerivedSignals.of(c).keySet()));
    }
}
