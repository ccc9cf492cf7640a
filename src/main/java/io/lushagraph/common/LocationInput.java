package io.lushagraph.common;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** A place to filter by; each part given must match, parts left out match anything. */
@Input("LocationInput")
@Description("A place to filter by. Each part given must match (case-insensitive); parts left out match anything. "
        + "Countries are full names, e.g. United States.")
public class LocationInput {

    @Description("Continent, e.g. Europe.")
    public String continent;

    @Description("Country by full name, e.g. Germany.")
    public String country;

    @Description("State or region, e.g. California.")
    public String state;

    @Description("City, e.g. Berlin.")
    public String city;

    public LocationInput() {
    }

    public LocationInput(String continent, String country, String state, String city) {
        this.continent = continent;
        this.country = country;
        this.state = state;
        this.city = city;
    }
}
