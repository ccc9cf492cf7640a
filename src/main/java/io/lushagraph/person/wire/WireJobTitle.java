package io.lushagraph.person.wire;

import java.util.List;

/** A person's job title with its departments and seniority label. */
public record WireJobTitle(String title, List<String> departments, String seniority) {
}
