package io.lushagraph.simulator.prospecting;

import java.util.List;

import io.lushagraph.simulator.universe.Company;

/**
 * A company's SIC and NAICS codes, derived from its main industry until the universe carries codes of its own. A
 * filter code matches a company code it is a prefix of, so {@code "73"}, {@code "737"} and {@code "7372"} all match
 * 7372, as the codes' hierarchies read.
 */
final class IndustryCodes {

    /** SIC and NAICS codes by main industry id (getCompanySicCodes, getCompanyNaicsCodes), index 0 unused. */
    private static final List<Codes> CODES = List.of(new Codes("", ""), new Codes("5812", "722511"),
            new Codes("7363", "561320"), new Codes("1541", "236220"), new Codes("7299", "812990"), new Codes("8641", "813410"),
            new Codes("8221", "611310"), new Codes("7929", "711130"), new Codes("0191", "111998"), new Codes("6021", "522110"),
            new Codes("9111", "921110"), new Codes("8062", "622110"), new Codes("3569", "333998"), new Codes("1311", "211120"),
            new Codes("8742", "541611"), new Codes("6531", "531210"), new Codes("5311", "455110"), new Codes("7372", "513210"),
            new Codes("4731", "488510"), new Codes("4911", "221122"), new Codes("5099", "423990"));

    private IndustryCodes() {
    }

    static String sic(Company c) {
        return CODES.get(c.industry().mainId()).sic();
    }

    static String naics(Company c) {
        return CODES.get(c.industry().mainId()).naics();
    }

    private record Codes(String sic, String naics) {
    }

    static boolean matches(String companyCode, List<String> filterCodes) {
        return filterCodes.stream().map(String::trim).anyMatch(code -> !code.isEmpty() && companyCode.startsWith(code));
    }
}
