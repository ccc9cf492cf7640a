package io.lushagraph.tenant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The calling tenant, as the gateway sees it. */
@Type("Me")
@Description("The calling tenant, as the gateway sees it.")
public record Me(
        @NonNull @Id @Description("The tenant's id, from its verified credential.") String tenant) {
}
