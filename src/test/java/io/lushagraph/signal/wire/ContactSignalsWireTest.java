package io.lushagraph.signal.wire;

import static io.lushagraph.WireJson.fixture;
import static io.lushagraph.WireJson.json;
import static io.lushagraph.WireJson.read;
import static io.lushagraph.WireJson.written;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ContactSignalsWireTest {

    private static final LocalDate JANUARY_FIRST = LocalDate.of(2025, 1, 1);

    @Test
    void writesTheByIdContractExampleExactly() {
        ContactSignalsByIdRequest request = new ContactSignalsByIdRequest(List.of(115_889L),
                List.of("promotion", "companyChange"), JANUARY_FIRST, 5);

        assertThat(written(request)).isEqualTo(fixture("signal/contact-signals-request.json"));
    }

    @Test
    void omitsTheOptionalWindowAndCap() {
        ContactSignalsByIdRequest request = new ContactSignalsByIdRequest(List.of(1L), List.of("allSignals"), null,
                null);

        assertThat(written(request)).isEqualTo(json("{\"contactIds\":[1],\"signals\":[\"allSignals\"]}"));
    }

    @Test
    void writesTheSearchContractExampleInSnakeCase() {
        ContactSignalsSearchRequest request = new ContactSignalsSearchRequest(List.of(
                new ContactIdentity("123321", "https://www.linkedin.com/in/ron-nabet", null, null, null),
                new ContactIdentity("987789", null, null, "Ron Nabet",
                        List.of(new ContactIdentity.Company("Lusha", "lusha.com", true)))),
                List.of("promotion", "companyChange"), JANUARY_FIRST, 5);

        assertThat(written(request)).isEqualTo(fixture("signal/contact-signals-search-request.json"));
    }

    @Test
    void readsTheByIdContractExample() {
        ContactSignalsResponse response = read("signal/contact-signals-response.json", ContactSignalsResponse.class);

        assertThat(response.startDate()).isEqualTo(JANUARY_FIRST);
        assertThat(response.endDate()).isEqualTo(LocalDate.of(2025, 7, 31));
        assertThat(response.creditsCharged()).isEqualTo(1);
        ContactSignalData contact = response.contacts().get("115889");
        assertThat(contact.personId()).isEqualTo("115889");
        assertThat(contact.signals()).containsOnlyKeys("companyChange", "promotion");
        assertThat(contact.signalsOf("promotion")).isEmpty();
        ContactSignal change = contact.signalsOf("companyChange").get(0);
        assertThat(change.currentCompanyId()).isEqualTo("8217");
        assertThat(change.currentCompanyName()).isEqualTo("Callaway Golf");
        assertThat(change.currentDepartments()).containsExactly(new ContactSignalDepartment(null, "R&D"));
        assertThat(change.currentSeniorityLabel()).isEqualTo("c-suite");
        assertThat(change.previousDomain()).isEqualTo("nextgen.com");
        assertThat(change.signalDate()).isEqualTo(LocalDate.of(2025, 5, 1));
    }

    @Test
    void readsTheSearchContractExampleKeyedByTheCallersId() {
        ContactSignalsResponse response = read("signal/contact-signals-search-response.json", ContactSignalsResponse.class);

        ContactSignalData contact = response.contacts().get("123321");
        assertThat(contact.personId()).isEqualTo("115889");
        assertThat(contact.signalsOf("promotion")).extracting(ContactSignal::currentTitle).containsExactly("VP IT");
        assertThat(contact.signalsOf("companyChange")).isEmpty();
    }

    @Test
    void readsDepartmentObjectsNumericIdsThePluralCreditKeyAndDropsUnrelatedKeys() {
        ContactSignalsResponse response = read("signal/contact-signals-response-variants.json",
                ContactSignalsResponse.class);

        assertThat(response.creditsCharged()).isEqualTo(2);
        ContactSignalData contact = response.contacts().get("4158887495");
        assertThat(contact.personId()).isEqualTo("4158887495");
        assertThat(contact.signals()).containsOnlyKeys("promotion");
        ContactSignal promotion = contact.signalsOf("promotion").get(0);
        assertThat(promotion.personId()).isEqualTo("4158887495");
        assertThat(promotion.currentDepartments()).containsExactly(new ContactSignalDepartment("7", "Other"),
                new ContactSignalDepartment("3", "Sales"));
    }

    @Test
    void writesTheSingularCreditKeyAndSignalsAsSiblingKeys() {
        ContactSignalsResponse response = read("signal/contact-signals-response.json", ContactSignalsResponse.class);

        assertThat(written(response).has("creditCharged")).isTrue();
        assertThat(written(response).path("contacts").path("115889").has("companyChange")).isTrue();
        assertThat(written(response).path("contacts").path("115889").has("signals")).isFalse();
    }
}
