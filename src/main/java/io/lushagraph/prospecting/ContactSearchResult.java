package io.lushagraph.prospecting;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One page of a contact search. */
@Type("ContactSearchResult")
@Description("One page of a contact search. Pass requestId and row ids to enrichContacts to reveal contacts.")
public record ContactSearchResult(
        @NonNull @Id @Description("Lusha's id of this search; row ids are valid only with it.") String requestId,
        @NonNull @Description("Contacts matching the filters, on all pages.") Integer totalResults,
        @NonNull @Description("This page's number, from 0.") Integer page,
        @NonNull @Description("Rows per page asked for.") Integer size,
        @NonNull @Description("This page's contacts, without contact details.") List<@NonNull ProspectContact> contacts) {
}
