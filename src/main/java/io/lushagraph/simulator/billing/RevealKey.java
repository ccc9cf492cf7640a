package io.lushagraph.simulator.billing;

/**
 * What makes two reveals "identical" for the 30-day rule: the same person with the same revealed kinds, or the same
 * company. Packed into one long: people positive, companies negative.
 */
public record RevealKey(long value) {

    public static RevealKey person(long personId, boolean emails, boolean phones) {
        return new RevealKey(personId * 4 + (emails ? 2 : 0) + (phones ? 1 : 0));
    }

    public static RevealKey company(long companyId) {
        return new RevealKey(-1 - companyId);
    }
}
