package io.lushagraph.simulator.lookalike;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.lushagraph.simulator.universe.Person;
import io.lushagraph.simulator.universe.Universe;

/**
 * What contact similarity compares for every person of a universe, in compact columns: the company, the seniority
 * id, the departments as bits, and the people grouped by their company's main industry.
 */
final class PeopleProfiles {

    private final int[] company;
    private final byte[] seniority;
    private final long[] departments;
    private final Map<Integer, int[]> byMainIndustry;

    private PeopleProfiles(int[] company, byte[] seniority, long[] departments, Map<Integer, int[]> byMainIndustry) {
        this.company = company;
        this.seniority = seniority;
        this.departments = departments;
        this.byMainIndustry = byMainIndustry;
    }

    static PeopleProfiles of(Universe world) {
        int count = world.peopleCount();
        int[] company = new int[count];
        byte[] seniority = new byte[count];
        long[] departments = new long[count];
        Map<String, Integer> departmentBits = new HashMap<>();
        Map<Integer, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < count; i++) {
            Person person = world.person(i);
            company[i] = person.companyIndex();
            seniority[i] = (byte) person.role().seniorityId();
            for (String department : person.role().departments()) {
                int bit = departmentBits.computeIfAbsent(department, d -> departmentBits.size() % Long.SIZE);
                departments[i] |= 1L << bit;
            }
            int main = world.company(person.companyIndex()).industry().mainId();
            groups.computeIfAbsent(main, m -> new ArrayList<>()).add(i);
        }
        Map<Integer, int[]> byMainIndustry = new HashMap<>();
        groups.forEach((main, people) -> byMainIndustry.put(main,
                people.stream().mapToInt(Integer::intValue).toArray()));
        return new PeopleProfiles(company, seniority, departments, byMainIndustry);
    }

    int company(int person) {
        return company[person];
    }

    int seniority(int person) {
        return seniority[person];
    }

    boolean shareDepartment(int a, int b) {
        return (departments[a] & departments[b]) != 0;
    }

    /** The people whose company has this main industry id. */
    int[] inMainIndustry(int mainId) {
        return byMainIndustry.getOrDefault(mainId, new int[0]);
    }
}
