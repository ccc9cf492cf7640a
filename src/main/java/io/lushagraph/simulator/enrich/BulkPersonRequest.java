package io.lushagraph.simulator.enrich;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of {@code POST /v2/person} ({@code SearchBulkContactsRequest}). */
record BulkPersonRequest(List<Contact> contacts, Metadata metadata) {

    record Contact(String contactId, String personId, String email, String linkedinUrl, String fullName,
            List<Company> companies) {
    }

    record Company(String name, String domain, @JsonProperty("isCurrent") Boolean isCurrent) {
    }

    record Metadata(Boolean revealEmails, Boolean revealPhones, String filterBy, Boolean partialProfile,
            Boolean refreshJobInfo, List<String> signals, String signalsStartDate) {
    }
}
