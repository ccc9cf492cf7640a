package io.lushagraph.person.wire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Body of {@code POST /v2/person}: up to 100 contacts to enrich, with options that apply to all of them. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BulkPersonRequest(List<ContactQuery> contacts, PersonMetadata metadata) {
}
