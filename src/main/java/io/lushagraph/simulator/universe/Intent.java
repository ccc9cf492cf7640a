package io.lushagraph.simulator.universe;

import java.util.List;

/** The buyer-intent topics Lusha detected for a company. */
public record Intent(List<Topic> topics) {

    /** One detected topic: a score out of 100 and a trend such as {@code "+7"}, {@code "-4"} or {@code "New"}. */
    public record Topic(String name, int score, String trend) {
    }
}
