package io.lushagraph.catalog.wire;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A technology matched by the technologies filter, read from a {@code {name}} object or a bare string.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TechnologyOption(String name) {

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public TechnologyOption {
    }

    /** Reads a bare name. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static TechnologyOption named(String name) {
        return new TechnologyOption(name);
    }
}
