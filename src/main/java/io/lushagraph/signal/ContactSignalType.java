package io.lushagraph.signal;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.microprofile.graphql.Description;

/** The kinds of contact signal Lusha knows, each with Lusha's name for it. */
@Description("A kind of contact signal.")
public enum ContactSignalType {
    @Description("The person was promoted (Lusha's promotion).")
    PROMOTION("promotion"),
    @Description("The person moved to another company (Lusha's companyChange).")
    COMPANY_CHANGE("companyChange");

    private final String lusha;

    ContactSignalType(String lusha) {
        this.lusha = lusha;
    }

    /** Lusha's name of the type, e.g. {@code companyChange}. */
    public String lusha() {
        return lusha;
    }

    /** The type Lusha names so, if the gateway knows it. */
    public static Optional<ContactSignalType> ofLusha(String name) {
        return Arrays.stream(values()).filter(t -> t.lusha.equals(name)).findFirst();
    }
}
