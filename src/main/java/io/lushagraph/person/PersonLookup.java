package io.lushagraph.person;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/**
 * How to find a person: an id, an email, a LinkedIn URL, or first and last name with a company name or domain.
 */
@Input("PersonLookup")
@Description("How to find a person: id, email, linkedinUrl, or firstName + lastName + (companyName or companyDomain). "
        + "When several are given the first in that order is used.")
public class PersonLookup {

    @Id
    @Description("Lusha's person id.")
    public String id;

    @Description("An email address of the person.")
    public String email;

    @Description("The person's LinkedIn profile URL.")
    public String linkedinUrl;

    @Description("First name; needs lastName and companyName or companyDomain.")
    public String firstName;

    @Description("Last name; needs firstName and companyName or companyDomain.")
    public String lastName;

    @Description("Current company's name, with firstName and lastName.")
    public String companyName;

    @Description("Current company's domain, e.g. acme.com, with firstName and lastName.")
    public String companyDomain;

    public PersonLookup() {
    }

    public PersonLookup(String id, String email, String linkedinUrl, String firstName, String lastName,
            String companyName, String companyDomain) {
        this.id = id;
        this.email = email;
        this.linkedinUrl = linkedinUrl;
        this.firstName = firstName;
        this.lastName = lastName;
        this.companyName = companyName;
        this.companyDomain = companyDomain;
    }
}
