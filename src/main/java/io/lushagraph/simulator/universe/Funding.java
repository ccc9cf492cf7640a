package io.lushagraph.simulator.universe;

import java.time.LocalDate;
import java.util.List;

/** A company's funding history, oldest round first. */
public record Funding(List<Round> rounds, boolean ipo) {

    /** One funding round in USD. */
    public record Round(String type, long amount, LocalDate date) {
    }

    public long total() {
        return rounds.stream().mapToLong(Round::amount).sum();
    }
}
