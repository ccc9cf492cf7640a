package io.lushagraph.simulator.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.lushagraph.simulator.Sim;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class OptOutTest {

    private static final String OPT_OUT_DATE = "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}";

    @Inject
    TestReceiver receiver;

    @Inject
    ObjectMapper mapper;

    @BeforeEach
    void reset() {
        Hooks.reset();
    }

    @Test
    void anOptOutIsDeliveredSignedWithTheContactsRealDatapointsAndUncharged() throws Exception {
        String secret = Hooks.regenerateSecret();
        createOptOutSubscription("opt-outs");
        Map<String, Object> person = Sim.people(1, 85010).get(0);
        String personId = (String) person.get("id");
        JsonPath before = Sim.api().queryParam("personId", personId).get("/v2/person").then().statusCode(200).extract()
                .jsonPath();
        long credits = Sim.creditsUsed();

        Sim.admin().body(Map.of("contactId", personId, "keepServing", true)).post("/opt-out").then().statusCode(200)
                .body("subscriptions", equalTo(1));
        await().atMost(Duration.ofSeconds(5)).until(() -> receiver.deliveries("opt-outs").size() == 1);

        TestReceiver.Delivery delivery = receiver.deliveries("opt-outs").get(0);
        assertThat(delivery.signature()).isEqualTo(Hooks.sign(secret, delivery.timestamp(), delivery.body()));
        JsonNode payload = mapper.readTree(delivery.body());
        assertThat(payload.path("contactId").asText()).isEqualTo(personId);
        assertThat(payload.path("fullName").asText()).isEqualTo(before.getString("contact.data.fullName"));
        assertThat(payload.path("companyName").asText()).isEqualTo(before.getString("contact.data.company.name"));
        assertThat(payload.path("jobTitle").asText()).isEqualTo(before.getString("contact.data.jobTitle.title"));
        assertThat(payload.path("contactOptOutDate").asText()).matches(OPT_OUT_DATE);
        assertThat(payload.path("contactExposureDate").asText()).matches(OPT_OUT_DATE);
        assertThat(payload.path("partnerClientId").isNull()).isTrue();
        List<String> datapoints = new ArrayList<>();
        payload.path("datapoints").forEach(d -> datapoints.add(d.path("datapointType").asText() + ":"
                + d.path("datapointId").asText()));
        List<String> expected = new ArrayList<>();
        before.getList("contact.data.phoneNumbers.number", String.class).forEach(n -> expected.add("phone:" + n));
        before.getList("contact.data.emailAddresses.email", String.class).forEach(e -> expected.add("email:" + e));
        assertThat(expected).isNotEmpty();
        assertThat(datapoints).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(Sim.creditsUsed()).isEqualTo(credits);
        Sim.api().queryParam("personId", personId).get("/v2/person").then().statusCode(200)
                .body("contact.data.phoneNumbers.size()", equalTo(expected.stream()
                        .filter(d -> d.startsWith("phone:")).toList().size()));
    }

    @Test
    void keepServingFalseHidesTheContactsEmailsAndPhonesButKeepsThePerson() {
        Map<String, Object> person = Sim.people(1, 85020).get(0);
        String personId = (String) person.get("id");
        Sim.api().queryParam("personId", personId).get("/v2/person").then().statusCode(200)
                .body("contact.data.emailAddresses.size()", equalTo(1));

        Sim.admin().body(Map.of("contactId", personId, "keepServing", false)).post("/opt-out").then()
                .statusCode(200).body("subscriptions", equalTo(0));

        JsonPath single = Sim.api().queryParam("personId", personId).get("/v2/person").then().statusCode(200).extract()
                .jsonPath();
        assertThat(single.getString("contact.data.fullName")).isEqualTo(person.get("firstName") + " "
                + person.get("lastName"));
        assertThat(single.getList("contact.data.emailAddresses")).isEmpty();
        assertThat(single.getList("contact.data.phoneNumbers")).isEmpty();
        Map<String, Map<String, Object>> bulk = Sim.contacts(List.of(person));
        assertThat(bulk.get(personId)).containsEntry("emailAddresses", List.of())
                .containsEntry("phoneNumbers", List.of());
        assertThat(Hooks.requests("GET /v2/person")).isEqualTo(2);
        assertThat(Hooks.requests("POST /v2/person")).isEqualTo(1);
    }

    @Test
    void unknownContactsAndEntitiesAreRejected() {
        Sim.admin().body(Map.of("contactId", "999999999999", "keepServing", false)).post("/opt-out").then()
                .statusCode(400).body("message", equalTo("Validation failed"));
        Sim.admin().body(Map.of("entityType", "contact", "entityId", "nope", "type", "promotion")).post("/signals")
                .then().statusCode(400);
        Sim.admin().body(Map.of("entityType", "company", "entityId", "1", "type", "promotion")).post("/signals")
                .then().statusCode(400);
        Sim.admin().body(Map.of("entityType", "team", "entityId", "1", "type", "promotion")).post("/signals")
                .then().statusCode(400);
    }

    @Test
    void aSignalGoesOnlyToActiveSubscriptionsOfThatEntityAndType() {
        Hooks.regenerateSecret();
        List<Map<String, Object>> people = Sim.people(2, 85030);
        String watched = (String) people.get(0).get("id");
        String other = (String) people.get(1).get("id");
        Hooks.subscribe(Hooks.receiverUrl("watched"), "contact", watched, List.of("promotion"));
        Hooks.subscribe(Hooks.receiverUrl("other"), "contact", other, List.of("promotion"));
        createOptOutSubscription("watched-opt-out");

        Sim.admin().body(Map.of("entityType", "contact", "entityId", watched, "type", "companyChange"))
                .post("/signals").then().statusCode(200).body("subscriptions", equalTo(0));
        Sim.admin().body(Map.of("entityType", "contact", "entityId", watched, "type", "promotion"))
                .post("/signals").then().statusCode(200).body("subscriptions", equalTo(1))
                .body("payloads[0].entityId", equalTo(watched));

        await().atMost(Duration.ofSeconds(5)).until(() -> receiver.deliveries("watched").size() == 1);
        assertThat(receiver.deliveries("other")).isEmpty();
        assertThat(receiver.deliveries("watched-opt-out")).isEmpty();
    }

    private static void createOptOutSubscription(String name) {
        Sim.api().body(Map.of("entityType", "contact", "url", Hooks.receiverUrl(name)))
                .post("/api/subscriptions/opt-out").then().statusCode(201);
    }
}
