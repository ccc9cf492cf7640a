package io.lushagraph.simulator.catalog;

import java.util.List;

import io.lushagraph.simulator.universe.Range;
import io.lushagraph.simulator.universe.ReferenceData;

/** The answers of the filter endpoints that take no input, built once from the universe's reference data. */
final class StaticFilters {

    static final List<String> DEPARTMENTS = ReferenceData.DEPARTMENTS;

    static final List<FilterWire.Seniority> SENIORITIES = ReferenceData.seniorities().stream()
            .map(s -> new FilterWire.Seniority(s.id(), s.name())).toList();

    static final List<String> DATA_POINTS = ReferenceData.DATA_POINTS;

    static final List<FilterWire.Country> COUNTRIES = ReferenceData.countries().stream()
            .map(c -> new FilterWire.Country(c.name(), c.code())).toList();

    static final List<FilterWire.IndustryLabel> INDUSTRIES = ReferenceData.industries().stream()
            .map(main -> new FilterWire.IndustryLabel(main.name(), main.id(),
                    main.subs().stream().map(sub -> new FilterWire.SubIndustry(sub.sub(), sub.subId())).toList()))
            .toList();

    static final List<FilterWire.Bucket> SIZES = buckets(ReferenceData.sizes());

    static final List<FilterWire.Bucket> REVENUES = buckets(ReferenceData.revenues());

    static final List<FilterWire.Code> SICS = codes(ReferenceData.sics());

    static final List<FilterWire.Code> NAICS = codes(ReferenceData.naics());

    static final List<String> INTENT_TOPICS = ReferenceData.intentTopics();

    private StaticFilters() {
    }

    private static List<FilterWire.Bucket> buckets(List<Range> ranges) {
        return ranges.stream().map(r -> new FilterWire.Bucket(r.min(), r.max())).toList();
    }

    private static List<FilterWire.Code> codes(List<ReferenceData.Code> codes) {
        return codes.stream().map(c -> new FilterWire.Code(c.code(), c.label())).toList();
    }
}
