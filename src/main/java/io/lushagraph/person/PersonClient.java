package io.lushagraph.person;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.lushagraph.person.wire.BulkPersonRequest;
import io.lushagraph.person.wire.BulkPersonResponse;
import io.lushagraph.person.wire.SingleContactResponse;
import io.lushagraph.upstream.LushaAccount;
import io.lushagraph.upstream.LushaEndpoint;
import io.lushagraph.upstream.UpstreamExecutor;
import io.smallrye.mutiny.Uni;

/** Calls Lusha's person endpoints through the {@link UpstreamExecutor}. */
@ApplicationScoped
public class PersonClient {

    private final PersonRestClient rest;
    private final UpstreamExecutor upstream;

    public PersonClient(@RestClient PersonRestClient rest, UpstreamExecutor upstream) {
        this.rest = rest;
        this.upstream = upstream;
    }

    /** {@code GET /v2/person} with the query of one lookup. */
    public Uni<SingleContactResponse> getPerson(LushaAccount account, SinglePersonQuery q) {
        return upstream.call(account, LushaEndpoint.PERSON_GET, 1,
                key -> rest.getPerson(key, q.personId(), q.email(), q.linkedinUrl(), q.firstName(), q.lastName(),
                        q.companyName(), q.companyDomain(), q.revealEmails(), q.revealPhones(), q.filterBy(),
                        q.refreshJobInfo(), q.partialProfile()));
    }

    /** {@code POST /v2/person} with up to 100 contacts. */
    public Uni<BulkPersonResponse> bulkPerson(LushaAccount account, BulkPersonRequest request) {
        return upstream.call(account, LushaEndpoint.PERSON_BULK, request.contacts().size(),
                key -> rest.bulkPerson(key, request));
    }

    /** The query parameters of {@code GET /v2/person}; null ones are not sent. */
    public record SinglePersonQuery(String personId, String email, String linkedinUrl, String firstName,
            String lastName, String companyName, String companyDomain, Boolean revealEmails, Boolean revealPhones,
            String filterBy, Boolean refreshJobInfo, Boolean partialProfile) {
    }
}
