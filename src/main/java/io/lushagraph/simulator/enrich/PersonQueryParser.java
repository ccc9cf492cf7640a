package io.lushagraph.simulator.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

import io.lushagraph.simulator.gate.ErrorBody;
import io.lushagraph.simulator.gate.RequestRejected;
import io.lushagraph.simulator.gate.SimReply;
import io.lushagraph.simulator.signal.InlineSignals;

/** Validates the query of {@code GET /v2/person}: one identifier, well-formed flags, and a full name with a company. */
final class PersonQueryParser {

    private PersonQueryParser() {
    }

    record Query(PersonIdentifiers identifiers, Reveal reveal, InlineSignals signals) {
    }

    static Query parse(MultivaluedMap<String, String> query) {
        List<String> errors = new ArrayList<>();
        Long personId = Batches.numericId("personId", query.getFirst("personId"), errors);
        String email = param(query, "email");
        String linkedinUrl = param(query, "linkedinUrl");
        String firstName = param(query, "firstName");
        String lastName = param(query, "lastName");
        String companyName = param(query, "companyName");
        String companyDomain = param(query, "companyDomain");
        Boolean revealEmails = bool(query, "revealEmails", errors);
        Boolean revealPhones = bool(query, "revealPhones", errors);
        bool(query, "partialProfile", errors);
        bool(query, "refreshJobInfo", errors);
        Reveal reveal = Reveal.of(revealEmails, revealPhones, param(query, "filterBy"));
        if (!errors.isEmpty()) {
            throw RequestRejected.validation(errors);
        }
        if (personId == null && email == null && linkedinUrl == null) {
            checkName(firstName, lastName, companyName, companyDomain);
        }
        List<PersonIdentifiers.CompanyHint> companies = companyName == null && companyDomain == null ? List.of()
                : List.of(new PersonIdentifiers.CompanyHint(companyName, companyDomain));
        return new Query(new PersonIdentifiers(personId, email, linkedinUrl, firstName, lastName, companies), reveal,
                InlineSignals.contact(signals(query), param(query, "signalsStartDate")));
    }

    private static void checkName(String firstName, String lastName, String companyName, String companyDomain) {
        if (firstName == null && lastName == null) {
            throw RequestRejected.validation("At least one of personId, email, linkedinUrl or firstName, lastName "
                    + "and companyName or companyDomain is required");
        }
        if (firstName == null || lastName == null) {
            throw fullName("firstName and lastName are both required");
        }
        if (companyName == null && companyDomain == null) {
            throw fullName("companyName or companyDomain is required with firstName and lastName");
        }
    }

    private static RequestRejected fullName(String detail) {
        return new RequestRejected(new SimReply(412, new ErrorBody(412, ErrorBody.canonicalMessage(412),
                List.of(detail)), Map.of()));
    }

    /** {@code signals}, repeated or comma-separated. */
    private static List<String> signals(MultivaluedMap<String, String> query) {
        List<String> values = query.get("signals");
        return values == null ? List.of()
                : values.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::trim)
                        .filter(v -> !v.isEmpty()).toList();
    }

    private static String param(MultivaluedMap<String, String> query, String name) {
        return Batches.blankToNull(query.getFirst(name));
    }

    private static Boolean bool(MultivaluedMap<String, String> query, String name, List<String> errors) {
        String value = param(query, name);
        if (value == null) {
            return null;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (!lower.equals("true") && !lower.equals("false")) {
            errors.add(name + " must be a boolean value");
            return null;
        }
        return Boolean.valueOf(lower);
    }
}
