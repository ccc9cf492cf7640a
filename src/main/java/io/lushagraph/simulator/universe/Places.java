package io.lushagraph.simulator.universe;

import java.util.ArrayList;
import java.util.List;

/** The cities of the universe, with how often each is drawn (US-heavy, like Lusha's data). */
final class Places {

    /** {@code weight|city|state|stateCode|country|iso2|continent|eu|lat|lng|dial}; empty state means none. */
    private static final String TABLE = """
            9|New York|New York|NY|United States|US|North America|false|40.7128|-74.0060|1
            7|San Francisco|California|CA|United States|US|North America|false|37.7749|-122.4194|1
            5|Los Angeles|California|CA|United States|US|North America|false|34.0522|-118.2437|1
            5|Boston|Massachusetts|MA|United States|US|North America|false|42.3584|-71.0597|1
            5|Chicago|Illinois|IL|United States|US|North America|false|41.8781|-87.6298|1
            4|Austin|Texas|TX|United States|US|North America|false|30.2672|-97.7431|1
            4|Dallas|Texas|TX|United States|US|North America|false|32.7767|-96.7970|1
            4|Seattle|Washington|WA|United States|US|North America|false|47.6062|-122.3321|1
            3|Denver|Colorado|CO|United States|US|North America|false|39.7392|-104.9903|1
            3|Atlanta|Georgia|GA|United States|US|North America|false|33.7490|-84.3880|1
            3|Miami|Florida|FL|United States|US|North America|false|25.7617|-80.1918|1
            2|Philadelphia|Pennsylvania|PA|United States|US|North America|false|39.9526|-75.1652|1
            2|Phoenix|Arizona|AZ|United States|US|North America|false|33.4484|-112.0740|1
            2|Minneapolis|Minnesota|MN|United States|US|North America|false|44.9778|-93.2650|1
            2|Raleigh|North Carolina|NC|United States|US|North America|false|35.7796|-78.6382|1
            2|Toronto|Ontario|ON|Canada|CA|North America|false|43.6532|-79.3832|1
            1|Vancouver|British Columbia|BC|Canada|CA|North America|false|49.2827|-123.1207|1
            5|London|England||United Kingdom|GB|Europe|false|51.5074|-0.1278|44
            1|Manchester|England||United Kingdom|GB|Europe|false|53.4808|-2.2426|44
            2|Dublin|||Ireland|IE|Europe|true|53.3498|-6.2603|353
            3|Berlin|Berlin||Germany|DE|Europe|true|52.5200|13.4050|49
            2|Munich|Bavaria||Germany|DE|Europe|true|48.1351|11.5820|49
            3|Paris|Ile-de-France||France|FR|Europe|true|48.8566|2.3522|33
            2|Amsterdam|North Holland||Netherlands|NL|Europe|true|52.3676|4.9041|31
            1|Madrid|Community of Madrid||Spain|ES|Europe|true|40.4168|-3.7038|34
            1|Barcelona|Catalonia||Spain|ES|Europe|true|41.3874|2.1686|34
            1|Milan|Lombardy||Italy|IT|Europe|true|45.4642|9.1900|39
            1|Stockholm|Stockholm County||Sweden|SE|Europe|true|59.3293|18.0686|46
            3|Tel Aviv|||Israel|IL|Asia|false|32.0853|34.7818|972
            2|Bangalore|Karnataka|KA|India|IN|Asia|false|12.9716|77.5946|91
            2|Singapore|||Singapore|SG|Asia|false|1.3521|103.8198|65
            1|Tokyo|Tokyo||Japan|JP|Asia|false|35.6762|139.6503|81
            2|Sydney|New South Wales|NSW|Australia|AU|Oceania|false|-33.8688|151.2093|61
            1|Melbourne|Victoria|VIC|Australia|AU|Oceania|false|-37.8136|144.9631|61
            1|Sao Paulo|Sao Paulo|SP|Brazil|BR|South America|false|-23.5505|-46.6333|55
            1|Mexico City|Mexico City|CDMX|Mexico|MX|North America|false|19.4326|-99.1332|52
            """;

    /** Every place, in table order. */
    static final List<Place> ALL;

    /** Each place's weight, aligned with {@link #ALL}. */
    static final int[] WEIGHTS;

    static {
        List<Place> places = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        for (String line : TABLE.strip().split("\n")) {
            String[] c = line.split("\\|", -1);
            weights.add(Integer.parseInt(c[0]));
            places.add(new Place(c[1], blankToNull(c[2]), blankToNull(c[3]), c[4], c[5], c[6],
                    Boolean.parseBoolean(c[7]), Double.parseDouble(c[8]), Double.parseDouble(c[9]), c[10]));
        }
        ALL = List.copyOf(places);
        WEIGHTS = weights.stream().mapToInt(Integer::intValue).toArray();
    }

    private Places() {
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
