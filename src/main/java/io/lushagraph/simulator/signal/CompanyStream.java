package io.lushagraph.simulator.signal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.lushagraph.simulator.universe.SignalTypes;

/**
 * The event stream behind a company signal type: its family, how long a bucket lasts and how likely it holds an
 * event, and which direction of change the type keeps ({@code +1} increases, {@code -1} decreases, {@code 0} all).
 *
 * @param ordinalId the stream's number; an increase and a decrease of one family share it
 */
record CompanyStream(Family family, int ordinalId, int bucketDays, int percent, int direction) {

    /** How many distinct streams there are, so that signal ids of different streams never collide. */
    static final int COUNT = 16;

    private static final long STREAM_BASE = 0x434F_5349_0000L;
    private static final Map<String, CompanyStream> BY_TYPE = byType();

    enum Family {
        WEBSITE_TRAFFIC,
        IT_SPEND,
        HEADCOUNT,
        HIRING,
        HIRING_BY_DEPARTMENT,
        HIRING_BY_LOCATION,
        NEWS
    }

    /** The stream of a company signal type name; the name must be one of {@link SignalTypes#COMPANY}. */
    static CompanyStream of(String type) {
        CompanyStream stream = BY_TYPE.get(type);
        if (stream == null) {
            throw new IllegalArgumentException("not a company signal type: " + type);
        }
        return stream;
    }

    /** The id that seeds this stream's random draws. */
    long id() {
        return STREAM_BASE + ordinalId;
    }

    private static Map<String, CompanyStream> byType() {
        Map<String, CompanyStream> streams = new HashMap<>();
        trend(streams, "websiteTraffic", Family.WEBSITE_TRAFFIC, 0, 30, 40);
        trend(streams, "itSpend", Family.IT_SPEND, 1, 90, 35);
        List<Integer> months = List.of(1, 3, 6, 12);
        for (int i = 0; i < months.size(); i++) {
            int m = months.get(i);
            streams.put("headcountIncrease" + m + "m", new CompanyStream(Family.HEADCOUNT, 2 + i, 30 * m, 30, 1));
            streams.put("headcountDecrease" + m + "m", new CompanyStream(Family.HEADCOUNT, 2 + i, 30 * m, 30, -1));
        }
        streams.put("surgeInHiring", new CompanyStream(Family.HIRING, 6, 30, 30, 0));
        streams.put("surgeInHiringByDepartment", new CompanyStream(Family.HIRING_BY_DEPARTMENT, 7, 30, 45, 0));
        streams.put("surgeInHiringByLocation", new CompanyStream(Family.HIRING_BY_LOCATION, 8, 30, 35, 0));
        int news = 9;
        for (String category : SignalTypes.NEWS_EVENT_TYPES.keySet()) {
            streams.put(category, new CompanyStream(Family.NEWS, news++, 45, 30, 0));
        }
        return Map.copyOf(streams);
    }

    private static void trend(Map<String, CompanyStream> streams, String prefix, Family family, int ordinalId,
            int bucketDays, int percent) {
        streams.put(prefix + "Increase", new CompanyStream(family, ordinalId, bucketDays, percent, 1));
        streams.put(prefix + "Decrease", new CompanyStream(family, ordinalId, bucketDays, percent, -1));
    }
}
