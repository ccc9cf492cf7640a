package io.lushagraph.optout;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.lushagraph.person.Person;
import io.lushagraph.store.Store;
import io.quarkus.runtime.StartupEvent;

/**
 * The suppression list in memory: hashes of opted-out emails and phones and the ids of contacts Lusha refused (451),
 * loaded from the store at start and updated on every opt-out, so that every check on the answer path is O(1).
 */
@ApplicationScoped
public class Suppressions {

    private final Store store;
    private final DatapointHashes hashes;
    private final Set<String> values = ConcurrentHashMap.newKeySet();
    private final Set<String> contacts = ConcurrentHashMap.newKeySet();

    public Suppressions(Store store, DatapointHashes hashes) {
        this.store = store;
        this.hashes = hashes;
    }

    void load(@Observes StartupEvent start) throws SQLException {
        reload();
    }

    /** Makes the list in memory what the store holds. */
    public void reload() throws SQLException {
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
            replace(values, s, "select value_hash from suppression");
            replace(contacts, s, "select contact_id from suppressed_contact");
        }
    }

    private static void replace(Set<String> target, Statement s, String query) throws SQLException {
        Set<String> stored = new HashSet<>();
        try (ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                stored.add(rs.getString(1));
            }
        }
        target.addAll(stored);
        target.retainAll(stored);
    }

    /**
     * Adds what the store recorded at or after {@code sinceMillis} (by this or another replica) and is not yet in
     * memory; how many entries were new.
     */
    public int catchUp(long sinceMillis) throws SQLException {
        int added = 0;
        try (Connection c = store.dataSource().getConnection()) {
            added += addRecorded(c, values, "select value_hash from suppression where recorded_at >= ?", sinceMillis);
            added += addRecorded(c, contacts, "select contact_id from suppressed_contact where recorded_at >= ?",
                    sinceMillis);
        }
        return added;
    }

    private static int addRecorded(Connection c, Set<String> target, String query, long sinceMillis)
            throws SQLException {
        int added = 0;
        try (PreparedStatement s = c.prepareStatement(query)) {
            s.setLong(1, sinceMillis);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    added += target.add(rs.getString(1)) ? 1 : 0;
                }
            }
        }
        return added;
    }

    void addValues(Collection<String> valueHashes) {
        values.addAll(valueHashes);
    }

    void addContact(String contactId) {
        contacts.add(contactId);
    }

    /** Whether an email address or phone number was opted out. */
    public boolean suppressed(String value) {
        return value != null && !values.isEmpty() && values.contains(hashes.hash(value));
    }

    /** Whether Lusha refused a contact (451): none of its emails or phones may be answered. */
    public boolean suppressedContact(String contactId) {
        return contactId != null && contacts.contains(contactId);
    }

    /** The person without its suppressed emails and phones; null stays null. */
    public Person redact(Person person) {
        if (person == null || (values.isEmpty() && contacts.isEmpty())) {
            return person;
        }
        if (suppressedContact(person.id())) {
            return person.withContactData(List.of(), List.of());
        }
        List<Person.Email> emails = person.emails().stream().filter(e -> !suppressed(e.address())).toList();
        List<Person.Phone> phones = person.phones().stream().filter(p -> !suppressed(p.number())).toList();
        if (emails.size() == person.emails().size() && phones.size() == person.phones().size()) {
            return person;
        }
        return person.withContactData(emails, phones);
    }
}
