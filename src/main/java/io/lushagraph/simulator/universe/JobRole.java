package io.lushagraph.simulator.universe;

import java.util.List;

/** A job title with its Lusha departments (CONTRACT §12.1) and seniority (§12.2: id and label). */
public record JobRole(String title, List<String> departments, int seniorityId, String seniority) {
}
