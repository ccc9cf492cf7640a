package io.lushagraph.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class PersonEnrichmentTest {

    private static final List<String> DEPARTMENTS = List.of("Business Development", "Consulting",
            "Customer Service", "Engineering & Technical", "Finance", "General Management", "Health Care & Medical",
            "Human Resources", "Information Technology", "Legal", "Marketing", "Operations", "Other", "Product",
            "Research & Analytics", "Sales");

    private static final String FULL_NAME = "Full name must contain a valid first and last name";

    private Map<String, Object> person;

    @BeforeEach
    void pickPerson() {
        Sim.reset();
        person = Sim.people(20, 1_000).stream().filter(p -> p.get("email") != null).findFirst().orElseThrow();
    }

    @Test
    void personIdFindsTheContactWithItsCompany() {
        JsonPath json = Sim.api().queryParam("personId", person.get("id")).get("/v2/person")
                .then().statusCode(200).body("contact.error", nullValue()).extract().jsonPath();

        assertThat(json.getString("contact.data.personId")).isEqualTo(person.get("id"));
        assertThat(json.getString("contact.data.fullName"))
                .isEqualTo(person.get("firstName") + " " + person.get("lastName"));
        assertThat(json.getString("contact.data.emailAddresses[0].email")).isEqualTo(person.get("email"));
        assertThat(json.getString("contact.data.emailAddresses[0].emailType")).isEqualTo("work");
        assertThat(json.getString("contact.data.emailAddresses[0].emailConfidence")).isIn("A+", "A", "B");
        assertThat(json.getString("contact.data.emailAddresses[0].updateDate")).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(json.getList("contact.data.emails")).containsExactly(person.get("email"));
        assertThat(json.getString("contact.data.socialLinks.linkedin")).isEqualTo(person.get("linkedinUrl"));
        assertThat(json.getString("contact.data.location.country_iso2")).hasSize(2);
        assertThat(json.getString("contact.data.location.country")).isNotBlank();
        assertThat(json.getString("contact.data.location.continent")).isNotBlank();
        assertThat(json.getString("contact.data.location.city")).isNotBlank();
        assertThat((Object) json.get("contact.data.location.is_eu_contact")).isInstanceOf(Boolean.class);
        assertThat(json.getString("contact.data.jobTitle.title")).isNotBlank();
        assertThat(json.getList("contact.data.jobTitle.departments", String.class)).isNotEmpty()
                .isSubsetOf(DEPARTMENTS);
        assertThat(json.getString("contact.data.jobTitle.seniority")).isIn("Founder", "C-Suite", "Vice President",
                "Partner", "Director", "Manager", "Senior", "Entry", "Intern", "Other");
        assertThat(json.getString("contact.data.company.name")).isEqualTo(person.get("companyName"));
        assertThat(json.getString("contact.data.company.domains.homepage")).isEqualTo(person.get("companyDomain"));
        assertThat(json.getString("contact.data.company.fqdn")).isEqualTo("www." + person.get("companyDomain"));
        assertThat(json.getString("contact.data.company.location.countryIso2")).hasSize(2);
        assertThat(json.getList("contact.data.company.companySize")).hasSize(2);
        assertThat(json.getString("contact.data.company.social.linkedin"))
                .startsWith("https://www.linkedin.com/company/");
    }

    @Test
    void phonesComeWithTypeAndDoNotCall() {
        Map<String, Object> withPhones = personWith(data -> !list(data, "phoneNumbers").isEmpty());

        Map<String, Object> phone = Sim.api().queryParam("personId", withPhones.get("id")).get("/v2/person")
                .then().statusCode(200).extract().jsonPath().getMap("contact.data.phoneNumbers[0]");

        assertThat(phone.keySet()).containsExactlyInAnyOrder("number", "phoneType", "doNotCall", "updateDate");
        assertThat((String) phone.get("number")).matches("\\+\\d+ [\\d -]+");
        assertThat(phone.get("phoneType")).isIn("mobile", "direct", "phone");
        assertThat(phone.get("doNotCall")).isInstanceOf(Boolean.class);
    }

    @Test
    void everyIdentifierFindsThePerson() {
        String slug = ((String) person.get("linkedinUrl")).substring("https://www.".length());

        assertFound(Map.of("email", ((String) person.get("email")).toUpperCase()));
        assertFound(Map.of("linkedinUrl", "http://" + slug.toUpperCase() + "/"));
        assertFound(Map.of("firstName", person.get("firstName"), "lastName", person.get("lastName"),
                "companyDomain", person.get("companyDomain")));
        assertFound(Map.of("firstName", ((String) person.get("firstName")).toLowerCase(), "lastName",
                person.get("lastName"), "companyName", ((String) person.get("companyName")).toUpperCase()));
    }

    @Test
    void anUnknownPersonIsEmptyDataWithoutACharge() {
        Sim.api().queryParam("email", "nobody@nowhere.example").get("/v2/person").then().statusCode(200)
                .body("contact.error.code", equalTo(3))
                .body("contact.error.name", equalTo("EMPTY_DATA"))
                .body("contact.error.message", equalTo("Could not find requested data"))
                .body("contact.isCreditCharged", equalTo(false))
                .body("contact", not(hasKey("data")));
    }

    @Test
    void revealFlagsChooseTheDatapointKinds() {
        Map<String, Object> both = personWith(data -> !list(data, "phoneNumbers").isEmpty()
                && !list(data, "emailAddresses").isEmpty());

        JsonPath emailsOnly = Sim.api().queryParam("personId", both.get("id")).queryParam("revealEmails", true)
                .get("/v2/person").then().statusCode(200).extract().jsonPath();
        JsonPath phonesOnly = Sim.api().queryParam("personId", both.get("id")).queryParam("revealPhones", true)
                .get("/v2/person").then().statusCode(200).extract().jsonPath();

        assertThat(emailsOnly.getList("contact.data.emailAddresses")).hasSize(1);
        assertThat(emailsOnly.getList("contact.data.phoneNumbers")).isEmpty();
        assertThat(emailsOnly.getList("contact.data.phones")).isEmpty();
        assertThat(phonesOnly.getList("contact.data.emailAddresses")).isEmpty();
        assertThat(phonesOnly.getList("contact.data.emails")).isEmpty();
        assertThat(phonesOnly.getList("contact.data.phoneNumbers")).isNotEmpty();
    }

    @Test
    void aPersonLackingTheFilteredOrRevealedKindIsEmptyData() {
        Map<String, Object> noEmail = personWith(data -> list(data, "emailAddresses").isEmpty());
        Map<String, Object> noPhone = personWith(data -> list(data, "phoneNumbers").isEmpty());

        Sim.api().queryParam("personId", noEmail.get("id")).queryParam("filterBy", "emailAddresses")
                .get("/v2/person").then().statusCode(200).body("contact.error.name", equalTo("EMPTY_DATA"));
        Sim.api().queryParam("personId", noEmail.get("id")).queryParam("revealEmails", true)
                .get("/v2/person").then().statusCode(200).body("contact.error.name", equalTo("EMPTY_DATA"));
        Sim.api().queryParam("personId", noPhone.get("id")).queryParam("filterBy", "phoneNumbers")
                .get("/v2/person").then().statusCode(200).body("contact.error.name", equalTo("EMPTY_DATA"));
        Sim.api().queryParam("personId", noPhone.get("id")).get("/v2/person").then().statusCode(200)
                .body("contact.error", nullValue());
    }

    @Test
    void noIdentifierIsA400AndAnIncompleteNameA412() {
        Sim.api().get("/v2/person").then().statusCode(400)
                .body("statusCode", equalTo(400)).body("message", equalTo("Validation failed"))
                .body("errors[0]", containsString("personId"));
        Sim.api().queryParam("firstName", "Dana").get("/v2/person").then().statusCode(412)
                .body("statusCode", equalTo(412)).body("message", equalTo(FULL_NAME));
        Sim.api().queryParam("firstName", "Dana").queryParam("lastName", "Levi").get("/v2/person").then()
                .statusCode(412).body("message", equalTo(FULL_NAME))
                .body("errors[0]", containsString("companyName or companyDomain"));
        Sim.api().queryParam("email", "a@b.c").queryParam("filterBy", "faxes").get("/v2/person").then()
                .statusCode(400).body("errors[0]", containsString("filterBy"));
    }

    private void assertFound(Map<String, Object> query) {
        JsonPath json = Sim.api().queryParams(query).get("/v2/person").then().statusCode(200).extract().jsonPath();
        assertThat(json.getString("contact.data.fullName")).as("looked up by %s", query.keySet())
                .isEqualTo(person.get("firstName") + " " + person.get("lastName"));
        assertThat(json.getString("contact.data.company.name")).isEqualTo(person.get("companyName"));
    }

    /** The first sampled person whose bulk-enriched data satisfies the condition. */
    private static Map<String, Object> personWith(Predicate<Map<String, Object>> condition) {
        List<Map<String, Object>> sample = Sim.people(100, 1_100);
        Map<String, Map<String, Object>> found = Sim.contacts(sample);
        return sample.stream().filter(p -> found.containsKey((String) p.get("id")))
                .filter(p -> condition.test(found.get((String) p.get("id")))).findFirst().orElseThrow();
    }

    private static List<?> list(Map<String, Object> data, String key) {
        return (List<?>) data.get(key);
    }
}
