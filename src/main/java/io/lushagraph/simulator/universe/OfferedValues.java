package io.lushagraph.simulator.universe;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The technologies and intent topics Lusha's filters offer: every value the universe's companies are drawn from,
 * then more that no company of the universe has, as in Lusha's far larger catalogs.
 */
final class OfferedValues {

    private static final List<String> MORE_TECHNOLOGIES = List.of("rss", "javascript", "jquery", "bootstrap", "vue.js",
            "next.js",
            "typescript", "php", "ruby on rails", "django", ".net", "go", "nginx", "apache http server",
            "microsoft iis", "mysql", "microsoft sql server", "elasticsearch", "apache kafka", "rabbitmq",
            "terraform", "ansible", "jenkins", "circleci", "bitbucket", "new relic", "splunk", "sentry", "pagerduty",
            "heroku", "digitalocean", "vercel", "netlify", "fastly", "akamai", "auth0", "onelogin", "google workspace",
            "microsoft 365", "dropbox", "box", "asana", "trello", "monday.com", "notion", "figma", "miro", "hotjar",
            "optimizely", "mixpanel", "amplitude", "google ads", "facebook pixel", "linkedin insight tag",
            "mailchimp", "pardot", "outreach", "salesloft", "gong", "drift", "freshdesk", "servicenow",
            "microsoft dynamics 365", "netsuite", "quickbooks", "xero", "adobe experience manager", "drupal",
            "magento", "bigcommerce", "woocommerce", "paypal", "braintree", "docusign", "greenhouse", "bamboohr");

    private static final List<String> MORE_INTENT_TOPICS = List.of("Android", "Accounting", "Zero Trust",
            "Artificial Intelligence", "Machine Learning", "Cloud Migration", "Kubernetes", "DevOps",
            "Data Privacy", "GDPR", "Ransomware", "Identity Management", "Network Security", "SD-WAN", "5G",
            "Internet of Things", "Edge Computing", "Data Governance", "Master Data Management", "Sales Enablement",
            "Lead Generation", "Demand Generation", "Conversational Marketing", "Content Marketing",
            "Search Engine Optimization", "Customer Success", "Employee Engagement", "Talent Acquisition",
            "Learning Management Systems", "Procurement Software", "Supply Chain Management", "Fleet Management",
            "Expense Management", "Accounts Payable Automation", "Tax Compliance", "Fraud Prevention",
            "Digital Transformation", "Low-Code Development", "Robotic Process Automation", "Contact Center",
            "Unified Communications", "Help Desk Software", "Project Management", "Collaboration Tools",
            "Electronic Health Records", "Telehealth", "Point of Sale", "Ecommerce Platforms", "Headless Commerce");

    static final List<String> TECHNOLOGIES = union(Catalogs.TECHNOLOGIES, MORE_TECHNOLOGIES);
    static final List<String> INTENT_TOPICS = union(Catalogs.INTENT_TOPICS, MORE_INTENT_TOPICS);

    private OfferedValues() {
    }

    private static List<String> union(List<String> drawn, List<String> more) {
        Set<String> all = new LinkedHashSet<>(drawn);
        all.addAll(more);
        return List.copyOf(all);
    }
}
