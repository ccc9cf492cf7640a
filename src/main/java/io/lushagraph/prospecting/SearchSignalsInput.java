package io.lushagraph.prospecting;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A signal criterion of a prospecting search. */
@Input("SearchSignalsInput")
@Description("Rows with a recent signal: one of these types, detected on or after since. A premium Lusha filter.")
public class SearchSignalsInput {

    @NonNull
    @Description("Signal types: promotion, companyChange or allSignals for contacts; a company signal type such as "
            + "surgeInHiring, or allSignals, for companies.")
    public List<@NonNull String> types;

    @Description("Earliest detection date; any date when left out.")
    public LocalDate since;

    public SearchSignalsInput() {
    }

    public SearchSignalsInput(List<String> types, LocalDate since) {
        this.types = types;
        this.since = since;
    }
}
