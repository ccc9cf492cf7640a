package io.lushagraph.company;

import java.util.List;

import io.lushagraph.common.Location;
import io.lushagraph.common.Range;
import io.lushagraph.company.wire.WireBulkCompany;
import io.lushagraph.person.wire.EmbeddedCompany;
import io.lushagraph.person.wire.WireLocation;
import io.lushagraph.prospecting.wire.CompanySize;
import io.lushagraph.prospecting.wire.EnrichedCompany;
import io.lushagraph.prospecting.wire.EnrichedContactData;

/** Turns Lusha's company shapes, which differ per endpoint, into the one GraphQL {@link Company}. */
public final class CompanyMapper {

    private CompanyMapper() {
    }

    /** The company embedded in a person answer; its id is the key it was filed under. */
    public static Company fromEmbedded(String id, EmbeddedCompany c) {
        String domain = c.domains() != null && c.domains().homepage() != null ? c.domains().homepage()
                : stripWww(c.fqdn());
        return new Company(id, c.name(), domain, c.description(), c.homepageUrl(), c.logoUrl(),
                c.social() == null ? null : c.social().linkedin(), c.mainIndustry(), c.subIndustry(),
                Range.ofList(c.companySize()), Range.ofList(c.revenueRange()), location(c.location()),
                technologies(c.technologies()), nonNull(c.specialities()), null);
    }

    /** One company of the bulk company answer. */
    public static Company fromBulk(WireBulkCompany c) {
        String domain = c.emailDomain() != null ? c.emailDomain() : stripWww(c.fqdn());
        Location hq = new Location(c.country(), c.countryIso2(), c.continent(), c.state(), null, c.city(),
                c.rawLocation());
        return new Company(c.id(), c.name(), domain, c.description(), c.fqdn() == null ? null : "https://" + c.fqdn(),
                c.logoUrl(), c.linkedin(), c.mainIndustry(), c.subIndustry(), Range.ofList(c.companySize()),
                Range.ofList(c.revenueRange()), hq, technologies(c.technologies()), nonNull(c.specialities()),
                c.founded());
    }

    /** A company revealed by prospecting company enrich, with its headquarters flat on the company. */
    public static Company fromEnriched(EnrichedCompany c) {
        String domain = c.domains() != null && c.domains().homepage() != null ? c.domains().homepage()
                : c.emailDomain() != null ? c.emailDomain() : stripWww(c.fqdn());
        Location hq = new Location(c.country(), c.countryIso2(), c.continent(), c.state(), c.stateCode(), c.city(),
                c.rawLocation());
        CompanySize size = c.companySize();
        return new Company(c.id(), c.name(), domain, c.description(), c.fqdn() == null ? null : "https://" + c.fqdn(),
                c.logoUrl(), c.social() == null ? null : c.social().linkedin(), c.mainIndustry(), c.subIndustry(),
                size == null ? null : new Range(toDouble(size.min()), toDouble(size.max())),
                Range.ofList(c.revenueRange()), hq, nonNull(c.technologies()), nonNull(c.specialities()), null);
    }

    /** The few company facts prospecting contact enrich returns beside a contact. */
    public static Company fromProspectContact(String id, String name, EnrichedContactData.Company c) {
        if (c == null) {
            return new Company(id, name, null, null, null, null, null, null, null, null, null, null, List.of(),
                    List.of(), null);
        }
        return new Company(id, name, null, null, null, null, null, c.mainIndustry(), c.subIndustry(), null,
                Range.ofList(c.revenueRange()), null, nonNull(c.technologies()), List.of(), null);
    }

    public static Location location(WireLocation l) {
        return l == null ? null
                : new Location(l.country(), l.countryIso2(), l.continent(), l.state(), l.stateCode(), l.city(),
                        l.rawLocation());
    }

    private static List<String> technologies(List<EmbeddedCompany.Technology> technologies) {
        return technologies == null ? List.of()
                : technologies.stream().map(EmbeddedCompany.Technology::name).filter(n -> n != null).toList();
    }

    private static List<String> nonNull(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null).toList();
    }

    private static Double toDouble(Long value) {
        return value == null ? null : value.doubleValue();
    }

    private static String stripWww(String fqdn) {
        return fqdn == null ? null : fqdn.startsWith("www.") ? fqdn.substring(4) : fqdn;
    }
}
