package io.lushagraph.catalog;

import static io.restassured.RestAssured.given;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the catalog caches' counters from the Prometheus page at {@code /q/metrics}. */
final class CacheMetrics {

    private CacheMetrics() {
    }

    /** A counter such as {@code cache_gets_total} of one cache and result; 0 before its first count. */
    static double value(String metric, String cache, String result) {
        String page = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher lines = Pattern.compile("^" + metric + "\\{([^}]*)\\} (\\S+)$", Pattern.MULTILINE).matcher(page);
        while (lines.find()) {
            String labels = lines.group(1);
            if (labels.contains("cache=\"" + cache + "\"") && labels.contains("result=\"" + result + "\"")) {
                return Double.parseDouble(lines.group(2));
            }
        }
        return 0;
    }
}
