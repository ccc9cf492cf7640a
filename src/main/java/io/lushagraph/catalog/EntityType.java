package io.lushagraph.catalog;

import org.eclipse.microprofile.graphql.Description;

/** The kinds of entity Lusha has signals for. */
@Description("The kinds of entity Lusha has signals for.")
public enum EntityType {
    @Description("A person.")
    CONTACT,
    @Description("A company.")
    COMPANY
}
