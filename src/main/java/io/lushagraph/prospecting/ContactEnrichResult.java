package io.lushagraph.prospecting;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.lushagraph.common.LookupError;
import io.lushagraph.person.Person;

/** The enrichment of one contact row. */
@Type("ContactEnrichResult")
@Description("The enrichment of one contact row: the person, nothing (Lusha had nothing to reveal), or an error.")
public record ContactEnrichResult(
        @NonNull @Id @Description("The row id that was asked for.") String contactId,
        @Description("The revealed person. Prospecting answers carry no Lusha person id, so person.id is the row id.") Person person,
        @Description("Why this row failed, e.g. INVALID_INPUT for an id from another search; null otherwise.") LookupError error) {
}
