package io.lushagraph.simulator.prospecting;

import java.time.LocalDate;

import io.lushagraph.simulator.universe.JobRole;
import io.lushagraph.simulator.universe.Person;
import io.lushagraph.simulator.universe.Phone;
import io.lushagraph.simulator.universe.Place;

/**
 * What searches match a person on, kept small so all of them fit in memory: no email, phone or URL strings, and
 * dates as epoch days.
 */
record Prospect(int index, long personId, String firstName, String lastName, int companyIndex, JobRole role,
        Place place, boolean hasEmail, boolean hasPhone, boolean hasMobilePhone, boolean hasDirectPhone,
        boolean onlyDncPhones, int jobStartDay, int updateDay) {

    static Prospect of(Person p) {
        boolean mobile = p.phones().stream().anyMatch(phone -> "mobile".equals(phone.type()));
        boolean direct = p.phones().stream().anyMatch(phone -> "direct".equals(phone.type()));
        boolean onlyDnc = p.hasPhones() && p.phones().stream().allMatch(Phone::doNotCall);
        return new Prospect(p.index(), p.personId(), p.firstName(), p.lastName(), p.companyIndex(), p.role(),
                p.place(), p.hasEmail(), p.hasPhones(), mobile, direct, onlyDnc,
                (int) p.jobStartDate().toEpochDay(), (int) p.updateDate().toEpochDay());
    }

    String fullName() {
        return firstName + " " + lastName;
    }

    /** Lusha's partial profiles: nothing to reveal, neither an email nor a phone. */
    boolean partial() {
        return !hasEmail && !hasPhone;
    }

    LocalDate jobStartDate() {
        return LocalDate.ofEpochDay(jobStartDay);
    }

    LocalDate updateDate() {
        return LocalDate.ofEpochDay(updateDay);
    }
}
