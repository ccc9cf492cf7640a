package io.lushagraph.webhook.manage;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** The account's opt-out subscription to create. */
@Input("OptOutSubscriptionInput")
@Description("The account's one opt-out subscription: where Lusha delivers the contacts that opted out.")
public class OptOutSubscriptionInput {

    @Description("Where Lusha delivers opt-outs, at most 2048 characters; this gateway's receiver when left out, so "
            + "that opt-outs are enforced and reach optOutEvents.")
    public String url;

    @Description("A name for the subscription, at most 100 characters.")
    public String name;

    public OptOutSubscriptionInput() {
    }

    public OptOutSubscriptionInput(String url, String name) {
        this.url = url;
        this.name = name;
    }
}
