package io.lushagraph.simulator.universe;

/** A Lusha main industry and one of its sub-industries, with Lusha's ids (getCompanyIndustries). */
public record Industry(int mainId, String main, int subId, String sub) {
}
