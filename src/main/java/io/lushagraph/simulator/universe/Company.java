package io.lushagraph.simulator.universe;

import java.util.List;

/**
 * One company of the universe. {@code revenue}, {@code funding} and {@code intent} are null when Lusha would have
 * none; {@code street} is the street line of the headquarters address.
 */
public record Company(int index, long id, String lushaCompanyId, String name, String domain, Industry industry,
        Range size, long employeesInLinkedin, Range revenue, Place headquarters, String street, int founded,
        List<String> technologies, List<String> specialities, Funding funding, Intent intent, int linkedinFollowers,
        int popularityTier, boolean publicCompany) {

    /** The domain with dots as dashes, used in the company's LinkedIn, Crunchbase and logo URLs. */
    public String slug() {
        return domain.replace('.', '-');
    }
}
