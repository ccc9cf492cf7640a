package io.lushagraph.simulator.lookalike;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

import io.lushagraph.simulator.lookalike.LookalikeRequests.CompanyIdentifiers;
import io.lushagraph.simulator.lookalike.LookalikeRequests.ContactIdentifiers;
import io.lushagraph.simulator.lookalike.LookalikeRequests.NamedContact;
import io.lushagraph.simulator.universe.Company;
import io.lushagraph.simulator.universe.Universe;

/**
 * Finds the people and companies that seeds and exclusions name, as universe indexes; identifiers the universe does
 * not know name nobody, as Lusha ignores seeds it cannot match.
 */
final class Identities {

    private static final String LINKEDIN_COMPANY = "linkedin.com/company/";

    private Identities() {
    }

    /** The people named by any identifier of the batch; none for a null batch. */
    static Set<Integer> people(Universe world, ContactIdentifiers ids) {
        Set<Integer> found = new LinkedHashSet<>();
        if (ids == null) {
            return found;
        }
        addAll(found, ids.linkedinUrls(), world::personByLinkedin);
        addAll(found, ids.emails(), world::personByEmail);
        addAll(found, ids.contactIds(), world::personById);
        addAll(found, ids.contacts(), named -> byName(world, named));
        return found;
    }

    /** The companies named by any identifier of the batch; none for a null batch. */
    static Set<Integer> companies(Universe world, CompanyIdentifiers ids) {
        Set<Integer> found = new LinkedHashSet<>();
        if (ids == null) {
            return found;
        }
        addAll(found, ids.domains(), world::companyByDomain);
        addAll(found, ids.linkedinUrls(), url -> companyByLinkedin(world, url));
        return found;
    }

    /** A person by a numeric Lusha id given as text. */
    static OptionalInt personById(Universe world, String id) {
        Long numeric = numeric(id);
        return numeric == null ? OptionalInt.empty() : world.personById(numeric);
    }

    /** A company by a numeric Lusha id given as text. */
    static OptionalInt companyById(Universe world, String id) {
        Long numeric = numeric(id);
        return numeric == null ? OptionalInt.empty() : world.companyById(numeric);
    }

    /** The company's LinkedIn page, as the enrichment endpoints give it. */
    static String linkedinUrl(Company company) {
        return "https://www." + LINKEDIN_COMPANY + company.slug();
    }

    /** A company by its LinkedIn page URL, with or without scheme, {@code www.}, query or trailing slash. */
    static OptionalInt companyByLinkedin(Universe world, String url) {
        String key = url.trim().toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "").replaceFirst("^www\\.", "")
                .replaceFirst("[?#].*$", "").replaceFirst("/+$", "");
        if (!key.startsWith(LINKEDIN_COMPANY)) {
            return OptionalInt.empty();
        }
        String slug = key.substring(LINKEDIN_COMPANY.length());
        int dot = slug.lastIndexOf('-');
        if (dot < 1 || slug.contains("/")) {
            return OptionalInt.empty();
        }
        OptionalInt found = world.companyByDomain(slug.substring(0, dot) + "." + slug.substring(dot + 1));
        return found.isPresent() && world.company(found.getAsInt()).slug().equals(slug) ? found : OptionalInt.empty();
    }

    static Long numeric(String id) {
        if (id == null) {
            return null;
        }
        try {
            return Long.parseLong(id.trim());
        } catch (NumberFormatException notNumeric) {
            return null;
        }
    }

    private static OptionalInt byName(Universe world, NamedContact named) {
        if (Problems.blank(named.firstName()) || Problems.blank(named.lastName())) {
            return OptionalInt.empty();
        }
        OptionalInt company = !Problems.blank(named.companyDomain()) ? world.companyByDomain(named.companyDomain())
                : !Problems.blank(named.companyName()) ? world.companyByName(named.companyName())
                        : OptionalInt.empty();
        return company.isEmpty() ? company
                : world.personByName(named.firstName(), named.lastName(), company.getAsInt());
    }

    private static <T> void addAll(Set<Integer> found, List<T> identifiers, Function<T, OptionalInt> finder) {
        if (identifiers != null) {
            identifiers.stream().filter(id -> id != null).map(finder).filter(OptionalInt::isPresent)
                    .forEach(index -> found.add(index.getAsInt()));
        }
    }
}
