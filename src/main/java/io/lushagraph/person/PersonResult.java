package io.lushagraph.person;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

import io.lushagraph.common.LookupError;

/** The answer to one lookup of a {@code persons} list. */
@Type("PersonResult")
@Description("The answer to one lookup of a persons list: the person, nothing (not found), or an error.")
public record PersonResult(
        @Description("The person; null when Lusha found nobody or the lookup failed.") Person person,
        @Description("Why this lookup failed; null when it succeeded or found nobody.") LookupError error) {
}
