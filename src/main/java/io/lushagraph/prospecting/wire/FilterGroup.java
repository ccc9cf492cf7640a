package io.lushagraph.prospecting.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A pair of filter sets of the same shape: what a prospecting search must match and what it must not.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record FilterGroup<F>(F include, F exclude) {

    /** Only an include set. */
    public static <F> FilterGroup<F> including(F include) {
        return new FilterGroup<>(include, null);
    }
}
