package io.lushagraph.simulator.enrich;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.lushagraph.simulator.universe.Company;
import io.lushagraph.simulator.universe.Funding;
import io.lushagraph.simulator.universe.Intent;
import io.lushagraph.simulator.universe.Place;
import io.lushagraph.simulator.universe.Range;

/**
 * Renders a universe company in each of Lusha's three company shapes; its public pieces serve the other endpoints
 * that describe companies.
 */
public final class CompanyMapper {

    private static final DateTimeFormatter ROUND_DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);

    private CompanyMapper() {
    }

    static CompanyParts.CompanyResponse embedded(Company c) {
        Place hq = c.headquarters();
        return new CompanyParts.CompanyResponse(c.name(), description(c),
                new CompanyParts.Domains(c.domain(), c.domain()), "https://" + c.domain(), "www." + c.domain(),
                new CompanyParts.Location(hq.city(), hq.state(), hq.stateCode(), hq.country(), hq.countryIso2(),
                        hq.continent(), rawLocation(c), List.of(hq.longitude(), hq.latitude())),
                range(c.size()), range(c.revenue()), logoUrl(c),
                new CompanyParts.Social(linkedin(c), crunchbase(c)), c.industry().main(), c.industry().sub(),
                c.specialities(), technologies(c), funding(c.funding()), intent(c.intent()));
    }

    static CompanyWire.SingleCompany single(Company c) {
        Place hq = c.headquarters();
        return new CompanyWire.SingleCompany(c.id(), c.name(), description(c), c.domain(), c.domain(),
                "www." + c.domain(), "https://" + c.domain(), logoUrl(c), employees(c.size()),
                Integer.toString(c.founded()),
                new CompanyWire.Size(c.size().min(), c.size().max(), c.employeesInLinkedin()), range(c.revenue()),
                c.industry().main(), c.industry().sub(), List.of(c.industry().main(), c.industry().sub()),
                c.specialities(),
                new CompanyWire.Social(new CompanyWire.Url(linkedin(c)), new CompanyWire.Url(crunchbase(c))),
                fullLocation(c),
                new CompanyWire.Location(hq.city(), hq.country(), fullLocation(c), hq.state(), hq.stateCode(),
                        hq.countryIso2(), rawLocation(c)),
                companyType(c), c.popularityTier(), c.linkedinFollowers(), funding(c.funding()), intent(c.intent()),
                technologies(c));
    }

    static CompanyWire.BulkCompany bulk(Company c) {
        Place hq = c.headquarters();
        return new CompanyWire.BulkCompany(c.id(), c.lushaCompanyId(), c.name(), range(c.size()),
                c.employeesInLinkedin(), range(c.revenue()), "www." + c.domain(), Integer.toString(c.founded()),
                description(c), logoUrl(c), linkedin(c), crunchbase(c), c.industry().main(), c.industry().sub(),
                hq.city(), hq.state(), hq.country(), hq.countryIso2(), hq.continent(), rawLocation(c),
                c.linkedinFollowers(), c.domain(), companyType(c), c.popularityTier(), c.specialities(),
                funding(c.funding()), intent(c.intent()), technologies(c), null);
    }

    static Map<String, Object> emptyMeta() {
        return Map.of();
    }

    public static String description(Company c) {
        return c.name() + " works in " + c.industry().sub().toLowerCase(Locale.ROOT) + ". Founded in " + c.founded()
                + ", it is headquartered in " + c.headquarters().city() + ", " + c.headquarters().country() + ".";
    }

    public static String rawLocation(Company c) {
        Place hq = c.headquarters();
        String region = hq.stateCode() != null ? hq.stateCode() : hq.state();
        return c.street() + "; " + hq.city() + (region != null ? ", " + region : "") + ", " + hq.countryIso2();
    }

    private static String fullLocation(Company c) {
        Place hq = c.headquarters();
        return c.street() + ", " + hq.city() + (hq.state() != null ? ", " + hq.state() : "") + ", " + hq.countryIso2();
    }

    public static String logoUrl(Company c) {
        return "https://logo.lusha.co/" + c.slug() + "-logo.jpg";
    }

    public static String linkedin(Company c) {
        return "https://www.linkedin.com/company/" + c.slug();
    }

    public static String crunchbase(Company c) {
        return "https://www.crunchbase.com/organization/" + c.slug();
    }

    public static String companyType(Company c) {
        return c.publicCompany() ? "Public company" : "Private company";
    }

    public static String employees(Range size) {
        return size.max() >= 10_000_000 ? size.min() + "+" : size.min() + " - " + size.max();
    }

    public static List<Long> range(Range range) {
        return range == null ? null : List.of(range.min(), range.max());
    }

    public static List<CompanyParts.Technology> technologies(Company c) {
        return c.technologies().stream().map(CompanyParts.Technology::new).toList();
    }

    public static CompanyParts.Funding funding(Funding funding) {
        if (funding == null) {
            return null;
        }
        List<CompanyParts.Round> rounds = funding.rounds().stream()
                .map(r -> new CompanyParts.Round("USD", r.amount(), r.type(), ROUND_DATE.format(r.date()))).toList();
        CompanyParts.Round last = rounds.isEmpty() ? null : rounds.get(rounds.size() - 1);
        return new CompanyParts.Funding(rounds, rounds.size(), funding.total(), "USD", funding.ipo(),
                last == null ? null : last.roundType(), last == null ? null : last.roundAmount(),
                last == null ? null : last.roundDate());
    }

    public static CompanyParts.Intent intent(Intent intent) {
        if (intent == null) {
            return null;
        }
        return new CompanyParts.Intent(intent.topics().size(), intent.topics().stream()
                .map(t -> new CompanyParts.DetectedTopic(t.name(),
                        new CompanyParts.TopicMetadata(t.score(), t.trend())))
                .toList());
    }
}
