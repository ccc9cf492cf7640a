package io.lushagraph.webhook.wire;

import static io.lushagraph.WireJson.MAPPER;
import static io.lushagraph.WireJson.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.lushagraph.signal.wire.CompanySignalItem;
import io.lushagraph.signal.wire.ContactSignal;
import io.lushagraph.signal.wire.ContactSignalDepartment;

class WebhookPayloadWireTest {

    @Test
    void readsAContactDeliveryWhoseDataIsAContactSignal() throws JsonProcessingException {
        WebhookPayload payload = read("webhook/webhook-payload-contact.json", WebhookPayload.class);

        assertThat(payload.id()).isEqualTo("f3b87e05-0402-4f3e-8e26-6a38fd0ad62c");
        assertThat(payload.type()).isEqualTo("promotion");
        assertThat(payload.entityType()).isEqualTo("contact");
        assertThat(payload.entityId()).isEqualTo("4158887495");
        assertThat(payload.subscriptionId()).isEqualTo("507f1f77bcf86cd799439011");
        assertThat(payload.timestamp()).isEqualTo(Instant.parse("2026-01-14T16:16:35.841Z"));
        assertThat(payload.billing().creditsCharged()).isEqualTo(1);

        ContactSignal signal = MAPPER.treeToValue(payload.data(), ContactSignal.class);
        assertThat(signal.personId()).isEqualTo("4158887495");
        assertThat(signal.currentCompanyId()).isEqualTo("40823133");
        assertThat(signal.currentTitle()).isEqualTo("Bartender");
        assertThat(signal.currentDepartments()).containsExactly(new ContactSignalDepartment("7", "Other"));
        assertThat(signal.signalDate()).isEqualTo(LocalDate.of(2025, 7, 1));
    }

    @Test
    void readsACompanyDeliveryWhoseDataIsACompanySignalItem() throws JsonProcessingException {
        WebhookPayload payload = read("webhook/webhook-payload-company.json", WebhookPayload.class);

        assertThat(payload.type()).isEqualTo("commercialActivityNews");
        assertThat(payload.entityType()).isEqualTo("company");
        CompanySignalItem item = MAPPER.treeToValue(payload.data(), CompanySignalItem.class);
        assertThat(item.companyId()).isEqualTo("33222678");
        assertThat(item.eventType()).isEqualTo("partnership");
        assertThat(item.articlePublishedDate()).isEqualTo(LocalDate.of(2025, 6, 15));
    }

    @Test
    void readsAnOptOutKeepingLushasDateStringsAsTheyAre() {
        OptOutWebhookPayload payload = read("webhook/opt-out-payload.json", OptOutWebhookPayload.class);

        assertThat(payload.contactId()).isEqualTo("987654321");
        assertThat(payload.fullName()).isEqualTo("Jane Doe");
        assertThat(payload.contactOptOutDate()).isEqualTo("2026-04-22 14:32:11.412");
        assertThat(payload.contactExposureDate()).isEqualTo("2025-08-03 09:15:47");
        assertThat(payload.datapoints()).containsExactly(
                new OptOutWebhookPayload.Datapoint("+14155550199", "phone"),
                new OptOutWebhookPayload.Datapoint("jane.doe@acme.com", "email"));
        assertThat(payload.partnerClientId()).isEqualTo("acme-crm-tenant-42");
        assertThat(payload.toString()).doesNotContain("jane.doe@acme.com", "+14155550199", "Jane Doe");
    }
}
