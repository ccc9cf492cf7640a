package io.lushagraph.simulator.universe;

import java.util.List;

/** A job title with its Lusha departments (getContactDepartments) and seniority (getContactSeniority: id and label). */
public record JobRole(String title, List<String> departments, int seniorityId, String seniority) {
}
