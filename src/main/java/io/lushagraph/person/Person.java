package io.lushagraph.person;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.lushagraph.common.Location;
import io.lushagraph.company.Company;

/** A person (a Lusha contact) with the datapoints the lookup revealed. */
@Type("Person")
@Description("A person (a Lusha contact) with the datapoints the lookup revealed.")
public record Person(
        @NonNull @Id @Description("Lusha's person id.") String id,
        @Description("First name.") String firstName,
        @Description("Last name.") String lastName,
        @Description("Full name as Lusha spells it.") String fullName,
        @Description("Current job title, departments and seniority.") JobTitle jobTitle,
        @NonNull @Description("Email addresses; empty when none were found or emails were not revealed.") List<@NonNull Email> emails,
        @NonNull @Description("Phone numbers; empty when none were found or phones were not revealed.") List<@NonNull Phone> phones,
        @Description("Where the person is based.") Location location,
        @Description("Social profile URLs.") SocialLinks socialLinks,
        @Description("The person's current company, from the same Lusha answer (no extra call).") Company company,
        @Description("When the person started the current job (YYYY-MM-DD), when known.") String jobStartDate,
        @Description("When Lusha last updated this profile (YYYY-MM-DD).") String updatedAt) {

    /** This person with only the emails and phones given, for redaction. */
    public Person withContactData(List<Email> keptEmails, List<Phone> keptPhones) {
        return new Person(id, firstName, lastName, fullName, jobTitle, keptEmails, keptPhones, location, socialLinks,
                company, jobStartDate, updatedAt);
    }

    /** A job title with its departments and seniority label. */
    @Type("JobTitle")
    @Description("A job title with its departments and seniority label.")
    public record JobTitle(
            @Description("The title as written, e.g. Engineering Manager.") String title,
            @NonNull @Description("Departments, e.g. Engineering & Technical.") List<@NonNull String> departments,
            @Description("Seniority label, e.g. Manager or Director.") String seniority) {
    }

    /** An email address. */
    @Type("Email")
    @Description("An email address.")
    public record Email(
            @NonNull @Description("The address.") String address,
            @Description("work or private.") String type,
            @Description("Lusha's confidence grade, e.g. A+.") String confidence) {
    }

    /** A phone number. */
    @Type("Phone")
    @Description("A phone number.")
    public record Phone(
            @NonNull @Description("The number as Lusha formats it.") String number,
            @Description("mobile, direct or phone.") String type,
            @NonNull @Description("True when the number is on a do-not-call list.") Boolean doNotCall) {
    }

    /** Social profile URLs. */
    @Type("SocialLinks")
    @Description("Social profile URLs.")
    public record SocialLinks(
            @Description("LinkedIn profile URL.") String linkedin,
            @Description("X (Twitter) profile URL.") String x) {
    }
}
