package io.lushagraph.simulator.universe;

import java.time.LocalDate;
import java.util.List;

/** One person of the universe, as a lookup materialises it. {@code email} is null for people Lusha has none for. */
public record Person(int index, long personId, String firstName, String lastName, int companyIndex, String email,
        String emailConfidence, List<Phone> phones, JobRole role, Place place, String linkedinUrl,
        LocalDate updateDate, LocalDate jobStartDate) {

    public String fullName() {
        return firstName + " " + lastName;
    }

    public boolean hasEmail() {
        return email != null;
    }

    public boolean hasPhones() {
        return !phones.isEmpty();
    }
}
