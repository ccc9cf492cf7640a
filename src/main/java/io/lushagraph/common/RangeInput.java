package io.lushagraph.common;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** An inclusive numeric range to filter by; either bound may be left out. */
@Input("RangeInput")
@Description("An inclusive numeric range to filter by, such as employees or yearly revenue in USD; either bound may "
        + "be left out.")
public class RangeInput {

    @Description("Lower bound, inclusive; none when left out.")
    public Double min;

    @Description("Upper bound, inclusive; none when left out.")
    public Double max;

    public RangeInput() {
    }

    public RangeInput(Double min, Double max) {
        this.min = min;
        this.max = max;
    }
}
