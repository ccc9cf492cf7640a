package io.lushagraph.lookalike;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Contacts that contact lookalikes start from, or must leave out. */
@Input("ContactSeedsInput")
@Description("Contacts that contact lookalikes start from (seeds) or must leave out (exclude).")
public class ContactSeedsInput {

    @NonNull
    @Description("1 to 100 contacts as seeds; up to 100 to exclude.")
    public List<@NonNull ContactSeedInput> contacts;

    public ContactSeedsInput() {
    }

    public ContactSeedsInput(List<ContactSeedInput> contacts) {
        this.contacts = contacts;
    }
}
