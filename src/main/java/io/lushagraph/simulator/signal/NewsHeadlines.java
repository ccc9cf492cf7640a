package io.lushagraph.simulator.signal;

import java.util.HashMap;
import java.util.Map;

/** What a company does in the news for each news event type, as the simulator words its articles. */
final class NewsHeadlines {

    private static final Map<String, String> PHRASES = phrases();

    private NewsHeadlines() {
    }

    /** E.g. {@code announces a strategic partnership} for {@code Partnership}. */
    static String phrase(String eventType) {
        return PHRASES.getOrDefault(eventType, "makes the news");
    }

    private static Map<String, String> phrases() {
        Map<String, String> phrases = new HashMap<>();
        String table = """
                Security Issue|discloses a security incident
                Lawsuit Faced|faces a lawsuit
                Partnership|announces a strategic partnership
                New Customer|signs a major new customer
                New Vendor|selects a new vendor
                M&A|completes an acquisition
                Facilities Expansion|expands its facilities
                New Location|opens a new location
                Facility Closure|closes a facility
                Asset Sale|sells a business unit
                Lawsuit Filed|files a lawsuit
                Funding Round|raises a new funding round
                Asset Investment|invests in new assets
                Strategic Investment|makes a strategic investment
                IPO|files for an initial public offering
                Executive Hire|hires a new executive
                Executive Departure|announces an executive departure
                Executive Promotion|promotes an executive
                Headcount Increase|grows its team
                Headcount Decrease|reduces its workforce
                Event Participation|takes part in an industry event
                Recognition|wins an industry award
                Competitor Activity|responds to a competitor's move
                Product Launch|launches a new product
                Product Development|unveils a product in development
                Product Integration|ships a new product integration
                """;
        for (String line : table.strip().split("\n")) {
            String[] columns = line.split("\\|");
            phrases.put(columns[0], columns[1]);
        }
        return Map.copyOf(phrases);
    }
}
