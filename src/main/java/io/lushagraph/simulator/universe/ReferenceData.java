package io.lushagraph.simulator.universe;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The reference data behind Lusha's filter catalogs (getContactDepartments to getCompanyIntentTopics), read from the same
 * tables that generate the
 * universe: every department, seniority, industry, size, revenue, technology, intent topic and place a generated
 * person or company has is a value these catalogs offer.
 */
public final class ReferenceData {

    /** The 16 departments (getContactDepartments). */
    public static final List<String> DEPARTMENTS = List.of("Business Development", "Consulting", "Customer Service",
            "Engineering & Technical", "Finance", "General Management", "Health Care & Medical", "Human Resources",
            "Information Technology", "Legal", "Marketing", "Operations", "Other", "Product", "Research & Analytics",
            "Sales");

    /** The contact data points a search can require (getContactDataPoints). */
    public static final List<String> DATA_POINTS = List.of("phone", "work_email", "mobile_phone", "direct_phone");

    private static final Set<String> MIDDLE_EAST = Set.of("AE", "BH", "IL", "IQ", "IR", "JO", "KW", "LB", "OM", "PS",
            "QA", "SA", "SY", "TR", "YE");

    private ReferenceData() {
    }

    /** A seniority level (getContactSeniority) as the filter names it, in lower case. */
    public record Seniority(int id, String name) {
    }

    /** A country: ISO 3166-1 alpha-2 code and English name. */
    public record Country(String code, String name) {
    }

    /** A classification code (SIC or NAICS) and its label. */
    public record Code(String code, String label) {
    }

    /** A main industry (getCompanyIndustries) with its sub-industries. */
    public record MainIndustry(int id, String name, List<Industry> subs) {
    }

    /** Seniority levels from the highest (10, founder) to the lowest (1, other). */
    public static List<Seniority> seniorities() {
        return IntStream.iterate(JobRoles.SENIORITY.length - 1, id -> id >= 1, id -> id - 1)
                .mapToObj(id -> new Seniority(id, JobRoles.SENIORITY[id].toLowerCase(Locale.ROOT))).toList();
    }

    /** Every country, by code. */
    public static List<Country> countries() {
        return Countries.ALL;
    }

    /** Main industries by id, each with its sub-industries. */
    public static List<MainIndustry> industries() {
        return Industries.MAINS.stream()
                .map(main -> new MainIndustry(main.subs().get(0).mainId(), main.subs().get(0).main(), main.subs()))
                .toList();
    }

    /** Employee-count buckets (getCompanySizes), smallest first. */
    public static List<Range> sizes() {
        return Buckets.SIZES;
    }

    /** Revenue buckets in USD (getCompanyRevenues), smallest first. */
    public static List<Range> revenues() {
        return Buckets.REVENUES;
    }

    public static List<Code> sics() {
        return IndustryCodes.SICS;
    }

    public static List<Code> naics() {
        return IndustryCodes.NAICS_CODES;
    }

    /** Intent topics; the ones companies are drawn from come first. */
    public static List<String> intentTopics() {
        return OfferedValues.INTENT_TOPICS;
    }

    /** Technologies, in lower case; the ones companies are drawn from come first. */
    public static List<String> technologies() {
        return OfferedValues.TECHNOLOGIES;
    }

    /** Every city people and headquarters are in. */
    public static List<Place> places() {
        return Places.ALL;
    }

    /** Lusha's region code of a place's country: {@code na}, {@code latam}, {@code emea} or {@code apac}. */
    public static String countryGrouping(Place place) {
        return switch (place.continent()) {
            case "North America" -> "MX".equals(place.countryIso2()) ? "latam" : "na";
            case "South America" -> "latam";
            case "Europe", "Africa" -> "emea";
            default -> MIDDLE_EAST.contains(place.countryIso2()) ? "emea" : "apac";
        };
    }
}
