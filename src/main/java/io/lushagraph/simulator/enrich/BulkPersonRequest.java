package io.lushagraph.simulator.enrich;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The body of {@code POST /v2/person} ({@code SearchBulkContactsRequest}). */
@RegisterForReflection(targets = { BulkPersonRequest.class, BulkPersonRequest.Company.class, BulkPersonRequest.Contact.class,
        BulkPersonRequest.Metadata.class })
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
