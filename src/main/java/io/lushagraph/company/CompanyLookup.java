package io.lushagraph.company;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** How to find a company: its Lusha id, its domain or its name. */
@Input("CompanyLookup")
@Description("How to find a company: id, domain or name. When several are given the first in that order is used.")
public class CompanyLookup {

    @Id
    @Description("Lusha's company id.")
    public String id;

    @Description("The company's web domain, e.g. acme.com.")
    public String domain;

    @Description("The company's name.")
    public String name;

    public CompanyLookup() {
    }

    public CompanyLookup(String id, String domain, String name) {
        this.id = id;
        this.domain = domain;
        this.name = name;
    }
}
