package io.lushagraph;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads series from the Prometheus page at {@code /q/metrics}, as a scraper would. */
public final class Metrics {

    private Metrics() {
    }

    public static String page() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /**
     * The sum of every series of {@code metric} carrying all these labels; 0 when there is none yet. A sample line
     * may end with a timestamp and, when tracing is on, an OpenMetrics exemplar ({@code # {trace_id="..."} 1.0}).
     */
    public static double sum(String metric, Map<String, String> labels) {
        Matcher lines = Pattern.compile("^" + Pattern.quote(metric) + "\\{([^}]*)\\} (\\S+)(?: .*)?$", Pattern.MULTILINE)
                .matcher(page());
        double sum = 0;
        while (lines.find()) {
            String found = lines.group(1);
            if (labels.entrySet().stream().allMatch(l -> found.contains(l.getKey() + "=\"" + l.getValue() + "\""))) {
                sum += Double.parseDouble(lines.group(2));
            }
        }
        return sum;
    }
}
