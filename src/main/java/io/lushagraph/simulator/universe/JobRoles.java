package io.lushagraph.simulator.universe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The job titles of the universe, with how often each is drawn. */
final class JobRoles {

    /** Seniority labels by Lusha seniority id (getContactSeniority), index 0 unused. */
    static final String[] SENIORITY = { "", "Other", "Intern", "Entry", "Senior", "Manager", "Director",
            "Partner", "Vice President", "C-Suite", "Founder" };

    /** {@code weight|seniorityId|title|department;department}. */
    private static final String TABLE = """
            1|10|Co-Founder & CEO|General Management
            1|10|Founder|General Management
            2|9|Chief Executive Officer|General Management
            1|9|Chief Technology Officer|Engineering & Technical;Information Technology
            1|9|Chief Financial Officer|Finance
            1|9|Chief Marketing Officer|Marketing
            1|9|Chief Operating Officer|Operations;General Management
            1|9|Chief Revenue Officer|Sales
            2|8|VP of Sales|Sales
            2|8|VP of Engineering|Engineering & Technical
            2|8|VP of Marketing|Marketing
            1|8|VP of Product|Product
            1|8|VP of Customer Success|Customer Service
            1|8|VP of Human Resources|Human Resources
            1|7|Partner|Consulting
            1|7|Managing Partner|Legal;General Management
            3|6|Director of Engineering|Engineering & Technical
            3|6|Sales Director|Sales
            2|6|Marketing Director|Marketing
            2|6|Director of Operations|Operations
            2|6|Finance Director|Finance
            1|6|IT Director|Information Technology
            1|6|Director of Business Development|Business Development
            5|5|Engineering Manager|Engineering & Technical
            5|5|Sales Manager|Sales
            4|5|Product Manager|Product
            4|5|Marketing Manager|Marketing
            3|5|Account Manager|Sales;Customer Service
            3|5|HR Manager|Human Resources
            2|5|Operations Manager|Operations
            2|5|Nurse Manager|Health Care & Medical
            2|5|Project Manager|Operations
            6|4|Senior Software Engineer|Engineering & Technical
            4|4|Senior Account Executive|Sales
            3|4|Senior Data Analyst|Research & Analytics
            3|4|Senior Accountant|Finance
            2|4|Senior Consultant|Consulting
            2|4|Senior Legal Counsel|Legal
            2|4|Senior Product Designer|Product
            2|4|Senior Systems Administrator|Information Technology
            8|3|Software Engineer|Engineering & Technical
            6|3|Account Executive|Sales
            5|3|Sales Development Representative|Sales;Business Development
            4|3|Customer Success Specialist|Customer Service
            3|3|Marketing Specialist|Marketing
            3|3|Data Analyst|Research & Analytics
            3|3|Financial Analyst|Finance
            3|3|Registered Nurse|Health Care & Medical
            2|3|Recruiter|Human Resources
            2|3|IT Support Specialist|Information Technology
            2|3|Research Scientist|Research & Analytics
            2|3|Paralegal|Legal
            2|3|Operations Coordinator|Operations
            1|2|Software Engineering Intern|Engineering & Technical
            1|2|Marketing Intern|Marketing
            2|1|Office Administrator|Other
            1|1|Volunteer Coordinator|Other
            """;

    /** Every role, in table order. */
    static final List<JobRole> ALL;

    /** Each role's weight, aligned with {@link #ALL}. */
    static final int[] WEIGHTS;

    static {
        List<JobRole> roles = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        for (String line : TABLE.strip().split("\n")) {
            String[] c = line.split("\\|");
            int seniority = Integer.parseInt(c[1]);
            weights.add(Integer.parseInt(c[0]));
            roles.add(new JobRole(c[2], List.copyOf(Arrays.asList(c[3].split(";"))), seniority, SENIORITY[seniority]));
        }
        ALL = List.copyOf(roles);
        WEIGHTS = weights.stream().mapToInt(Integer::intValue).toArray();
    }

    private JobRoles() {
    }
}
