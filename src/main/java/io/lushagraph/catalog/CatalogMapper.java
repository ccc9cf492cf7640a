package io.lushagraph.catalog;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

import io.lushagraph.catalog.wire.CodeOption;
import io.lushagraph.catalog.wire.CompanyLocationOption;
import io.lushagraph.catalog.wire.CompanyNameOption;
import io.lushagraph.catalog.wire.ContactLocationOption;
import io.lushagraph.catalog.wire.CountryOption;
import io.lushagraph.catalog.wire.IndustryOption;
import io.lushagraph.catalog.wire.RangeOption;
import io.lushagraph.catalog.wire.SeniorityOption;
import io.lushagraph.catalog.wire.TechnologyOption;
import io.lushagraph.common.Location;
import io.lushagraph.common.Range;
import io.lushagraph.signal.wire.SignalOptions;

/** Turns Lusha's filter answers into the gateway's catalog types, leaving out entries without a name. */
final class CatalogMapper {

    private CatalogMapper() {
    }

    static List<FilterOption> names(List<String> names) {
        return map(names, name -> !name.isBlank(), FilterOption::named);
    }

    static List<FilterOption> seniorities(List<SeniorityOption> levels) {
        return map(levels, level -> level.name() != null,
                level -> new FilterOption(level.id() == null ? level.name() : level.id().toString(), level.name()));
    }

    static List<Country> countries(List<CountryOption> countries) {
        return map(countries, c -> c.code() != null && c.name() != null, c -> new Country(c.code(), c.name()));
    }

    static List<Industry> industries(List<IndustryOption> industries) {
        return map(industries, main -> main.mainIndustry() != null,
                main -> new Industry(idOr(main.mainIndustryId(), main.mainIndustry()), main.mainIndustry(),
                        map(main.subIndustries(), sub -> sub.value() != null,
                                sub -> new FilterOption(idOr(sub.id(), sub.value()), sub.value()))));
    }

    static List<Range> ranges(List<RangeOption> ranges) {
        return map(ranges, range -> range.min() != null || range.max() != null,
                range -> new Range(range.min() == null ? null : range.min().doubleValue(),
                        range.max() == null ? null : range.max().doubleValue()));
    }

    static List<CodeLabel> codes(List<CodeOption> codes) {
        return map(codes, c -> c.code() != null, c -> new CodeLabel(c.code(), Objects.requireNonNullElse(c.label(), "")));
    }

    static List<String> signals(SignalOptions options) {
        return map(options == null ? null : options.signals(), signal -> !signal.isBlank(), Function.identity());
    }

    static List<Location> contactLocations(List<ContactLocationOption> locations) {
        return map(locations, l -> true, l -> new Location(l.country(), null, l.continent(), l.state(), null,
                l.city(), null, l.countryGrouping()));
    }

    static List<Location> companyLocations(List<CompanyLocationOption> locations) {
        return map(locations, l -> true,
                l -> new Location(l.country(), null, l.continent(), null, null, null, null, l.countryGrouping()));
    }

    static List<CompanyName> companyNames(List<CompanyNameOption> companies) {
        return map(companies, c -> c.companyId() != null && c.name() != null,
                c -> new CompanyName(c.companyId(), c.name(), domain(c.fqdn()), c.logoUrl()));
    }

    static List<FilterOption> technologies(List<TechnologyOption> technologies) {
        return map(technologies, t -> t.name() != null && !t.name().isBlank(), t -> FilterOption.named(t.name()));
    }

    private static String domain(String fqdn) {
        return fqdn != null && fqdn.startsWith("www.") ? fqdn.substring(4) : fqdn;
    }

    private static String idOr(Integer id, String name) {
        return id == null ? name : id.toString();
    }

    private static <W, T> List<T> map(List<W> wire, Predicate<W> usable, Function<W, T> mapper) {
        if (wire == null) {
            return List.of();
        }
        return wire.stream().filter(Objects::nonNull).filter(usable).map(mapper).toList();
    }
}
