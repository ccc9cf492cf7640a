package io.lushagraph.person;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** Options sent to Lusha with a person lookup; lookups with equal options share bulk calls. */
@Input("PersonLookupOptions")
@Description("Options sent to Lusha with person lookups. Lookups with equal options share bulk calls.")
public class PersonLookupOptions {

    @Description("Reveal email addresses only (Unified Credits plans). Leave both reveal options unset for both.")
    public Boolean revealEmails;

    @Description("Reveal phone numbers only (Unified Credits plans). Leave both reveal options unset for both.")
    public Boolean revealPhones;

    @Description("Only return people who have this kind of datapoint.")
    public DataPointFilter filterBy;

    @Description("Ask Lusha to re-verify current employment.")
    public Boolean refreshJobInfo;

    @Description("Allow partial (simplified) profiles.")
    public Boolean partialProfile;

    /** Kinds of datapoint a lookup can require. */
    @Description("A kind of datapoint a lookup can require.")
    public enum DataPointFilter {
        @Description("At least one email address.")
        EMAIL_ADDRESSES,
        @Description("At least one phone number.")
        PHONE_NUMBERS
    }
}
