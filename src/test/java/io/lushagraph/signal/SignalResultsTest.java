package io.lushagraph.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.lushagraph.batch.KeyResult;
import io.lushagraph.company.CompanyLookup;
import io.lushagraph.person.PersonLookup;
import io.lushagraph.signal.wire.CompanySignalData;
import io.lushagraph.signal.wire.CompanySignalItem;
import io.lushagraph.signal.wire.ContactSignal;
import io.lushagraph.signal.wire.ContactSignalData;

/** How signal answers become results: credits shared out once, queries normalised, Lusha's arrays merged. */
class SignalResultsTest {

    @Test
    void creditsAreSharedOutByTypesWithResultsUntilTheChargedCreditsRunOut() {
        Map<String, SignalResults.Entry> entries = Map.of(
                "k1", new SignalResults.Entry("1", List.of(), 2),
                "k3", new SignalResults.Entry("3", List.of(), 1));

        Map<String, KeyResult<FoundSignals>> charged = SignalResults.byKey(List.of("a", "b", "c"),
                List.of("k1", "k2", "k3"), entries, 2);
        Map<String, KeyResult<FoundSignals>> unreported = SignalResults.byKey(List.of("a", "b", "c"),
                List.of("k1", "k2", "k3"), entries, null);

        assertThat(charged.get("a").value().credits().claim()).isEqualTo(2);
        assertThat(charged.get("b").value()).isNull();
        assertThat(charged.get("c").value().credits().claim()).isZero();
        assertThat(charged.get("c").value().id()).isEqualTo("3");
        assertThat(charged.values()).noneMatch(KeyResult::creditCharged);
        FoundSignals shared = unreported.get("c").value();
        assertThat(shared.credits().claim()).isEqualTo(1);
        assertThat(shared.credits().claim()).as("a second claim of a shared lookup").isZero();
    }

    @Test
    void queriesWithTheSameTypesInAnyOrderAreEqualAndNoTypesMeansAll() {
        SignalQuery one = SignalQuery.contacts(List.of(ContactSignalType.COMPANY_CHANGE, ContactSignalType.PROMOTION,
                ContactSignalType.PROMOTION), null);
        SignalQuery other = SignalQuery.contacts(List.of(ContactSignalType.PROMOTION,
                ContactSignalType.COMPANY_CHANGE), null);

        assertThat(one).isEqualTo(other);
        assertThat(one.types()).containsExactly("companyChange", "promotion");
        assertThat(SignalQuery.companies(null, null).types()).containsExactly("allSignals");
        assertThat(SignalQuery.companies(List.of(), LocalDate.of(2025, 1, 1)).key())
                .isNotEqualTo(SignalQuery.companies(List.of(), null).key());
    }

    @Test
    void lookupsBecomeSearchEntriesAndNonNumericIdsAreRefused() {
        PersonLookup byId = new PersonLookup(" 1000000123 ", null, null, null, null, null, null);
        PersonLookup byEmail = new PersonLookup(null, "Dana@Acme.example", null, null, null, null, null);

        assertThat(ContactSignalKey.of(new PersonLookup("abc", "x@y.example", null, null, null, null, null)))
                .isEmpty();
        assertThat(ContactSignalKey.of(byEmail))
                .isEqualTo(ContactSignalKey.of(new PersonLookup(null, "dana@acme.example ", null, null, null, null,
                        null)));
        assertThat(ContactSignalKey.of(byId).get().wireKey(7)).isEqualTo("1000000123");
        assertThat(ContactSignalKey.of(byId).get().toIdentity("1000000123").email()).isNull();
        assertThat(ContactSignalKey.of(byEmail).get().wireKey(7)).isEqualTo("q7");
        assertThat(CompanySignalKey.of(new CompanyLookup("12x", "acme.example", null))).isEmpty();
        assertThat(CompanySignalKey.of(new CompanyLookup(null, null, "Acme")).get().toIdentity("q0").name())
                .isEqualTo("acme");
    }

    @Test
    void lushasArraysMergeNewestFirstAndUnknownTypesAreLeftOut() {
        Map<String, List<ContactSignal>> contactArrays = new LinkedHashMap<>();
        contactArrays.put("promotion", List.of(contact("2025-03-01")));
        contactArrays.put("companyChange", List.of(contact("2025-05-01"), contact("2024-12-01")));
        contactArrays.put("somethingNew", List.of(contact("2025-06-01")));
        Map<String, List<CompanySignalItem>> companyArrays = Map.of("riskNews", List.of(news("2025-02-02")));

        List<Signal> contacts = SignalMapper.contact(new ContactSignalData("1", contactArrays));
        List<Signal> companies = SignalMapper.company(new CompanySignalData("9", "Acme", "acme.example",
                companyArrays));

        assertThat(contacts).extracting(Signal::type).containsExactly("COMPANY_CHANGE", "PROMOTION",
                "COMPANY_CHANGE");
        assertThat(contacts).extracting(Signal::date).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(SignalMapper.typesWithResults(contactArrays)).isEqualTo(3);
        assertThat(companies).singleElement().satisfies(s -> {
            assertThat(s.type()).isEqualTo("RISK_NEWS");
            assertThat(s.date()).isEqualTo(LocalDate.parse("2025-02-02"));
            assertThat(s.eventDate()).isEqualTo(LocalDate.parse("2025-01-30"));
        });
    }

    private static ContactSignal contact(String date) {
        return new ContactSignal("1", "9", "Acme", "acme.example", "CTO", List.of(), "c-suite", "Old", "old.example",
                LocalDate.parse(date));
    }

    private static CompanySignalItem news(String date) {
        return new CompanySignalItem("9", "Acme", "acme.example", "55", null, "lawsuit faced", "Acme is sued.",
                "Acme sued", "Acme faces a lawsuit", "https://news.example/1", LocalDate.parse(date),
                LocalDate.parse("2025-01-30"), null, null, null, null, null, null, null, null, null, null, null);
    }
}
