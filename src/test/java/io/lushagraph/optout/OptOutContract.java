package io.lushagraph.optout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.lushagraph.GraphQL;
import io.lushagraph.Simulator;
import io.lushagraph.reveal.EnrichmentCaches;
import io.lushagraph.store.Store;
import io.lushagraph.webhook.Deliveries;
import io.lushagraph.webhook.LogCapture;
import io.lushagraph.webhook.events.OptOutEvent;
import io.lushagraph.webhook.events.WebhookEventBus;
import io.restassured.path.json.JsonPath;
import io.smallrye.mutiny.subscription.Cancellable;

/** RELIABILITY OP-01, OP-02, OP-04 and OP-05; run on H2 and on PostgreSQL by the subclasses. */
abstract class OptOutContract {

    static final String PERSON = """
            query($lookup: PersonLookup!) {
              person(lookup: $lookup, options: { revealEmails: true, revealPhones: true }) {
                id emails { address } phones { number }
              }
            }""";
    static final String PERSONS = """
            query($lookups: [PersonLookup!]!) {
              persons(lookups: $lookups, options: { revealEmails: true, revealPhones: true }) {
                person { id emails { address } phones { number } }
                error { code }
              }
            }""";

    static final String SEARCH_CONTACTS = """
            query($filters: ContactSearchFilters, $page: PageInput) {
              searchContacts(filters: $filters, page: $page) { requestId contacts { id } }
            }""";
    static final String ENRICH_CONTACTS = """
            mutation($requestId: ID!, $ids: [String!]!, $revealEmails: Boolean) {
              enrichContacts(requestId: $requestId, contactIds: $ids, revealEmails: $revealEmails) {
                contactId person { id emails { address } }
              }
            }""";

    @Inject
    Store store;
    @Inject
    Suppressions suppressions;
    @Inject
    WebhookEventBus bus;
    @Inject
    ObjectMapper json;
    @Inject
    RecordingPiiCache piiCache;
    @Inject
    EnrichmentCaches enrichment;

    Deliveries deliveries;
    final List<OptOutEvent> events = new CopyOnWriteArrayList<>();
    Cancellable subscription;

    @BeforeEach
    void install() throws Exception {
        Simulator.reset();
        deliveries = Deliveries.install(store, Instant.now());
        suppressions.reload();
        subscription = bus.optOuts().subscribe().with(events::add);
    }

    @AfterEach
    void cancel() {
        subscription.cancel();
    }

    /** The first of ten people from {@code offset} with both emails and phones, revealed in one bulk call. */
    static Map<String, Object> revealedPerson(int offset) {
        List<Map<String, Object>> lookups = new ArrayList<>();
        Simulator.people(10, offset).forEach(p -> lookups.add(new HashMap<>(Map.of("id", p.get("id")))));
        JsonPath answer = GraphQL.ok(PERSONS, Map.of("lookups", lookups));
        List<Map<String, Object>> people = answer.getList("data.persons.person");
        return people.stream().filter(p -> p != null && !((List<?>) p.get("emails")).isEmpty()
                && !((List<?>) p.get("phones")).isEmpty()).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    static List<String> values(Map<String, Object> person, String list, String field) {
        return ((List<Map<String, String>>) person.get(list)).stream().map(m -> m.get(field)).toList();
    }

    String optOut(String contactId, List<String> emails, List<String> phones) throws Exception {
        List<Map<String, String>> points = new ArrayList<>();
        emails.forEach(e -> points.add(Map.of("datapointId", e, "datapointType", "email")));
        phones.forEach(p -> points.add(Map.of("datapointId", p, "datapointType", "phone")));
        Map<String, Object> body = new HashMap<>();
        body.put("contactId", contactId);
        body.put("fullName", "Opted Out");
        body.put("contactOptOutDate", "2026-11-01 10:00:00.000");
        body.put("contactExposureDate", "2026-10-01 09:00:00.000");
        body.put("datapoints", points);
        body.put("partnerClientId", "acme");
        return json.writeValueAsString(body);
    }

    @Test
    void anOptOutPurgesTheCachedPersonAndLaterAnswersHaveNoEmailOrPhone() throws Exception {
        Map<String, Object> person = revealedPerson(91_000);
        String id = (String) person.get("id");
        assertThat(enrichment.persons().anyMatch(p -> id.equals(p.id()))).isTrue();

        String key = deliveries.post(optOut(id, values(person, "emails", "address"),
                values(person, "phones", "number"))).statusCode(201).extract().path("webhookId");
        await().atMost(Duration.ofSeconds(10)).until(() -> "done".equals(deliveries.status(key)));

        assertThat(enrichment.persons().anyMatch(p -> id.equals(p.id()))).isFalse();
        JsonPath answer = GraphQL.ok(PERSON, Map.of("lookup", Map.of("id", id)));
        assertThat(answer.getString("data.person.id")).isEqualTo(id);
        assertThat(answer.getList("data.person.emails")).isEmpty();
        assertThat(answer.getList("data.person.phones")).isEmpty();
        assertThat(Simulator.requests("POST /v2/person")).as("the purged person is looked up again").isEqualTo(2);
    }

    @Test
    void op01AnOptOutRemovesTheDatapointsFromEveryTenantAndKeepsOnlyHashes() throws Exception {
        try (LogCapture logs = LogCapture.start()) {
            Map<String, Object> person = revealedPerson(90_000);
            String id = (String) person.get("id");
            List<String> emails = values(person, "emails", "address");
            List<String> phones = values(person, "phones", "number");
            assertThat(Simulator.requests("POST /v2/person")).isEqualTo(1);

            int purges = piiCache.purges();
            String key = deliveries.post(optOut(id, emails, phones)).statusCode(201).extract().path("webhookId");
            await().atMost(Duration.ofSeconds(10)).until(() -> "done".equals(deliveries.status(key)));
            assertThat(piiCache.purges()).isEqualTo(purges + 1);

            for (String tenant : List.of(GraphQL.ACME_KEY, GraphQL.GLOBEX_KEY)) {
                JsonPath answer = GraphQL.post(tenant, PERSON, Map.of("lookup", Map.of("id", id))).statusCode(200)
                        .extract().jsonPath();
                assertThat(answer.getString("data.person.id")).isEqualTo(id);
                assertThat(answer.getList("data.person.emails")).isEmpty();
                assertThat(answer.getList("data.person.phones")).isEmpty();
            }
            // the opt-out purged the enrichment cache, so acme looks the contact up again; globex spends the same
            // Lusha account and is answered from what acme's lookup cached, still redacted
            assertThat(Simulator.requests("POST /v2/person")).isEqualTo(2);
            assertThat(deliveries.count("select count(*) from suppression"))
                    .isEqualTo(emails.size() + phones.size());
            assertThat(deliveries.payload(key)).isNull();
            String stored = dump("webhook_inbox") + dump("opt_out_record") + dump("suppression");
            String records = GraphQL.ok("{ optOuts { contactId optOutDate datapointCount } }", Map.of()).prettify();
            assertThat(records).contains(id, "2026-11-01 10:00:00.000");
            assertThat(events).hasSize(1);
            assertThat(events.get(0).datapoints()).extracting(OptOutEvent.OptOutDatapoint::value)
                    .containsExactlyInAnyOrderElementsOf(concat(emails, phones));
            for (String value : concat(emails, phones)) {
                assertThat(stored).doesNotContain(value);
                assertThat(records).doesNotContain(value);
                assertThat(logs.text()).doesNotContain(value);
            }
            assertThat(stored).contains(id);
        }
    }

    @Test
    void op02TheSameOptOutDeliveredTwiceIsProcessedOnce() throws Exception {
        String body = optOut("op02-contact", List.of("op02@example.invalid"), List.of("+1 415 555 0102"));
        String first = deliveries.post(body).statusCode(201).extract().path("webhookId");
        deliveries.setNow(Instant.now().plusSeconds(45));
        deliveries.post(body).statusCode(201).body("webhookId", equalTo(first));
        await().atMost(Duration.ofSeconds(10)).until(() -> "done".equals(deliveries.status(first)));

        assertThat(deliveries.inboxRows()).isEqualTo(1);
        assertThat(deliveries.count("select count(*) from opt_out_record")).isEqualTo(1);
        assertThat(deliveries.count("select count(*) from suppression")).isEqualTo(2);
        assertThat(events).hasSize(1);
    }

    @Test
    void op04ALaterEnrichmentOfASuppressedEmailIsRedacted() throws Exception {
        Map<String, Object> person = revealedPerson(90_100);
        String id = (String) person.get("id");
        List<String> emails = values(person, "emails", "address");
        List<String> phones = values(person, "phones", "number");
        String key = deliveries.post(optOut(id, List.of(emails.get(0)), List.of())).statusCode(201).extract()
                .path("webhookId");
        await().atMost(Duration.ofSeconds(10)).until(() -> "done".equals(deliveries.status(key)));
        Simulator.reset();

        JsonPath answer = GraphQL.ok(PERSON, Map.of("lookup", Map.of("id", id)));

        assertThat(answer.getList("data.person.emails.address", String.class)).doesNotContain(emails.get(0))
                .containsExactlyElementsOf(emails.subList(1, emails.size()));
        assertThat(answer.getList("data.person.phones.number", String.class)).containsExactlyElementsOf(phones);
        assertThat(Simulator.requests("POST /v2/person")).isEqualTo(1);
    }

    @Test
    void op04AProspectingEnrichmentOfASuppressedEmailIsRedacted() throws Exception {
        List<String> urls = Simulator.people(4, 90_300).stream().map(p -> p.get("linkedinUrl")).toList();
        JsonPath search = GraphQL.ok(SEARCH_CONTACTS, Map.of("filters", Map.of("linkedinUrls", urls), "page",
                Map.of("size", 10)));
        Map<String, Object> enrich = Map.of("requestId", search.getString("data.searchContacts.requestId"), "ids",
                search.getList("data.searchContacts.contacts.id", String.class), "revealEmails", true);
        JsonPath first = GraphQL.ok(ENRICH_CONTACTS, enrich);
        List<List<String>> before = first.getList("data.enrichContacts.person.emails.address");
        int suppressed = before.indexOf(before.stream().filter(e -> !e.isEmpty()).findFirst().orElseThrow());
        String contactId = first.getString("data.enrichContacts[" + suppressed + "].contactId");
        String key = deliveries.post(optOut(contactId, before.get(suppressed), List.of())).statusCode(201).extract()
                .path("webhookId");
        await().atMost(Duration.ofSeconds(10)).until(() -> "done".equals(deliveries.status(key)));

        JsonPath again = GraphQL.ok(ENRICH_CONTACTS, enrich);

        List<List<String>> after = again.getList("data.enrichContacts.person.emails.address");
        assertThat(after.get(suppressed)).isEmpty();
        for (int i = 0; i < before.size(); i++) {
            if (i != suppressed) {
                assertThat(after.get(i)).isEqualTo(before.get(i));
            }
        }
        assertThat(Simulator.requests("POST /prospecting/contact/enrich")).isEqualTo(2);
    }

    @Test
    void op05AnUpstream451IsOneCallATypedErrorAndASuppressedContact() throws Exception {
        Map<String, Object> person = revealedPerson(90_200);
        String id = (String) person.get("id");
        Simulator.reset();
        Simulator.fault(Map.of("endpoint", "POST /v2/person", "status", 451, "message",
                "We are unable to process this contact request due to our GDPR regulations", "count", 1));

        JsonPath refused = GraphQL.ok(PERSON, Map.of("lookup", Map.of("id", id)));

        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("GDPR_BLOCKED");
        assertThat(refused.getString("data.person")).isNull();
        assertThat(Simulator.requests("POST /v2/person")).isEqualTo(1);
        assertThat(deliveries.count("select count(*) from suppressed_contact where contact_id = '" + id + "'"))
                .isEqualTo(1);

        JsonPath later = GraphQL.ok(PERSON, Map.of("lookup", Map.of("id", id)));
        assertThat(later.getString("data.person.id")).isEqualTo(id);
        assertThat(later.getList("data.person.emails")).isEmpty();
        assertThat(later.getList("data.person.phones")).isEmpty();
        assertThat(Simulator.requests("POST /v2/person")).isEqualTo(2);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private String dump(String table) throws Exception {
        StringBuilder text = new StringBuilder();
        try (Connection c = store.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select * from " + table)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    text.append(rs.getString(i)).append('|');
                }
            }
        }
        return text.toString();
    }
}
