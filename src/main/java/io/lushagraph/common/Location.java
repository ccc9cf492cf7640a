package io.lushagraph.common;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/** A place, as precise as Lusha knows it. */
@Type("Location")
@Description("A place, as precise as Lusha knows it.")
public record Location(
        @Description("Country name, e.g. United States.") String country,
        @Description("ISO 3166-1 alpha-2 country code, e.g. US.") String countryCode,
        @Description("Continent, e.g. North America.") String continent,
        @Description("State or region.") String state,
        @Description("State or region code, e.g. MA.") String stateCode,
        @Description("City.") String city,
        @Description("The location as one line of text, when Lusha has it.") String rawLocation,
        @Description("Lusha's region code of the country, e.g. na or emea; given by the location filters.") String countryGrouping) {

    /** A location without a region code, as enrichment answers give it. */
    public Location(String country, String countryCode, String continent, String state, String stateCode, String city,
            String rawLocation) {
        this(country, countryCode, continent, state, stateCode, city, rawLocation, null);
    }
}
