package io.lushagraph.lookalike;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Companies that company lookalikes start from, or must leave out, by domain or LinkedIn page. */
@Input("CompanySeedsInput")
@Description("Companies that company lookalikes start from (seeds, at least one) or must leave out (exclude), by "
        + "domain or LinkedIn company page; at most 100 of each.")
public class CompanySeedsInput {

    @Description("Company domains, e.g. acme.com.")
    public List<@NonNull String> domains;

    @Description("LinkedIn company page URLs, e.g. https://www.linkedin.com/company/acme.")
    public List<@NonNull String> linkedinUrls;

    public CompanySeedsInput() {
    }

    public CompanySeedsInput(List<String> domains, List<String> linkedinUrls) {
        this.domains = domains;
        this.linkedinUrls = linkedinUrls;
    }
}
