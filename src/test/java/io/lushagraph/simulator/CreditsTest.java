package io.lushagraph.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CreditsTest {

    private List<Map<String, Object>> people;

    @BeforeEach
    void resetLedger() {
        Sim.resetWithLedger();
        people = Sim.people(40, 4_000).stream().filter(p -> p.get("email") != null).toList();
    }

    @Test
    void aRevealIsChargedOnceThenNotAgain() {
        assertThat(charged(Map.of("personId", people.get(0).get("id")))).isTrue();
        assertThat(charged(Map.of("email", people.get(0).get("email")))).isFalse();

        assertThat(Sim.stats()).containsEntry("creditsCharged", 1);
        assertThat(Sim.creditsUsed()).isEqualTo(1);
    }

    @Test
    void otherRevealFlagsAreANewReveal() {
        Object id = people.get(0).get("id");

        assertThat(charged(Map.of("personId", id, "revealEmails", true))).isTrue();
        assertThat(charged(Map.of("personId", id))).isTrue();
        assertThat(charged(Map.of("personId", id, "revealEmails", true))).isFalse();
        assertThat(Sim.stats()).containsEntry("creditsCharged", 2);
    }

    @Test
    void emptyDataCostsNothing() {
        assertThat(charged(Map.of("email", "nobody@nowhere.example"))).isFalse();

        assertThat(Sim.stats()).containsEntry("creditsCharged", 0);
        assertThat(Sim.creditsUsed()).isZero();
    }

    @Test
    void bulkChargesEachFoundContactOnceAndStatsAgreeWithUsage() {
        List<Map<String, Object>> contacts = List.of(
                Map.of("contactId", "1", "personId", people.get(1).get("id")),
                Map.of("contactId", "2", "personId", people.get(2).get("id")),
                Map.of("contactId", "3", "email", people.get(3).get("email")),
                Map.of("contactId", "again", "email", people.get(1).get("email")),
                Map.of("contactId", "nobody", "email", "nobody@nowhere.example"));

        Map<String, Object> answer = Sim.api().body(Map.of("contacts", contacts)).post("/v2/person").then()
                .statusCode(200).extract().jsonPath().getMap("contacts");

        assertThat(answer).extractingFromEntries(e -> ((Map<?, ?>) e.getValue()).get("isCreditCharged"))
                .containsExactly(true, true, true, false, false);
        assertThat(Sim.stats()).containsEntry("creditsCharged", 3);
        assertThat(Sim.creditsUsed()).isEqualTo(3);
    }

    @Test
    void aMatchedCompanyCostsOneCreditOnce() {
        List<Map<String, Object>> companies = Sim.companies(2, 4_000);

        Sim.api().queryParam("domain", companies.get(0).get("domain")).get("/v2/company").then().statusCode(200);
        Sim.api().queryParam("companyId", companies.get(0).get("id")).get("/v2/company").then().statusCode(200);
        Sim.api().body(Map.of("companies", List.of(Map.of("id", "a", "domain", companies.get(0).get("domain")),
                Map.of("id", "b", "name", companies.get(1).get("name")), Map.of("id", "x", "domain", "no.example"))))
                .post("/v2/company").then().statusCode(200);
        Sim.api().queryParam("domain", "nowhere.example").get("/v2/company").then().statusCode(200);

        assertThat(Sim.stats()).containsEntry("creditsCharged", 2);
        assertThat(Sim.creditsUsed()).isEqualTo(2);
    }

    @Test
    void onlyALedgerResetChargesPastRevealsAgain() {
        Map<String, Object> query = Map.of("personId", people.get(4).get("id"));
        charged(query);

        Sim.reset();
        assertThat(charged(query)).isFalse();
        Sim.resetWithLedger();
        assertThat(charged(query)).isTrue();
        assertThat(Sim.creditsUsed()).isEqualTo(1);
    }

    private static boolean charged(Map<String, Object> query) {
        return Sim.api().queryParams(query).get("/v2/person").then().statusCode(200).extract().jsonPath()
                .getBoolean("contact.isCreditCharged");
    }
}
