package io.lushagraph.simulator.enrich;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.lushagraph.simulator.gate.RequestRejected;
import io.lushagraph.simulator.signal.InlineSignals;

/** Validates a {@code POST /v2/person} body and turns each contact into the identifiers to match. */
final class BulkPersonParser {

    private BulkPersonParser() {
    }

    record Parsed(List<Item> items, Reveal reveal, InlineSignals signals) {
    }

    record Item(String contactId, PersonIdentifiers identifiers) {
    }

    static Parsed parse(BulkPersonRequest request) {
        Batches.checkSize("contacts", request.contacts());
        List<String> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < request.contacts().size(); i++) {
            BulkPersonRequest.Contact contact = request.contacts().get(i);
            String path = "contacts[" + i + "]";
            if (contact == null) {
                errors.add(path + " must be an object");
                continue;
            }
            Batches.checkKey(path + ".contactId", contact.contactId(), seen, errors);
            items.add(new Item(contact.contactId(), identifiers(path, contact, errors)));
        }
        BulkPersonRequest.Metadata metadata = request.metadata();
        Reveal reveal = metadata == null ? Reveal.of(null, null, null)
                : Reveal.of(metadata.revealEmails(), metadata.revealPhones(), Batches.blankToNull(metadata.filterBy()));
        if (!errors.isEmpty()) {
            throw RequestRejected.validation(errors);
        }
        InlineSignals signals = metadata == null ? InlineSignals.NONE
                : InlineSignals.contact(metadata.signals(), metadata.signalsStartDate());
        return new Parsed(items, reveal, signals);
    }

    private static PersonIdentifiers identifiers(String path, BulkPersonRequest.Contact contact, List<String> errors) {
        List<PersonIdentifiers.CompanyHint> hints = companies(path, contact.companies(), errors);
        boolean byName = !Batches.isBlank(contact.fullName()) && !hints.isEmpty();
        if (Batches.isBlank(contact.personId()) && Batches.isBlank(contact.email())
                && Batches.isBlank(contact.linkedinUrl()) && !byName) {
            errors.add(path + " must include personId, email, linkedinUrl or fullName with companies");
        }
        String[] names = Batches.isBlank(contact.fullName()) ? new String[0] : contact.fullName().trim().split("\\s+");
        boolean fullName = names.length >= 2;
        return new PersonIdentifiers(Batches.numericId(path + ".personId", contact.personId(), errors),
                Batches.blankToNull(contact.email()), Batches.blankToNull(contact.linkedinUrl()),
                fullName ? names[0] : null, fullName ? names[names.length - 1] : null, hints);
    }

    private static List<PersonIdentifiers.CompanyHint> companies(String path, List<BulkPersonRequest.Company> companies,
            List<String> errors) {
        List<PersonIdentifiers.CompanyHint> hints = new ArrayList<>();
        for (int j = 0; companies != null && j < companies.size(); j++) {
            BulkPersonRequest.Company company = companies.get(j);
            String at = path + ".companies[" + j + "]";
            if (company == null || Batches.isBlank(company.name()) && Batches.isBlank(company.domain())) {
                errors.add(at + " must include name or domain");
                continue;
            }
            if (company.isCurrent() == null) {
                errors.add(at + ".isCurrent is required");
            }
            hints.add(new PersonIdentifiers.CompanyHint(Batches.blankToNull(company.name()),
                    Batches.blankToNull(company.domain())));
        }
        return hints;
    }
}
