package io.lushagraph.lookalike;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A known contact: a Lusha person id with the id of the person's company, as Lusha's recommendations need both. */
@Input("ContactSeedInput")
@Description("A known contact: Lusha's person id with the id of the person's company (Person.id and Person.company.id).")
public class ContactSeedInput {

    @NonNull
    @Id
    @Description("Lusha's person id.")
    public String personId;

    @NonNull
    @Id
    @Description("Lusha's id of the person's company.")
    public String companyId;

    public ContactSeedInput() {
    }

    public ContactSeedInput(String personId, String companyId) {
        this.personId = personId;
        this.companyId = companyId;
    }
}
