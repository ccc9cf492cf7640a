package io.lushagraph.simulator.universe;

import java.util.List;

/** Pools for company technologies, specialities, intent topics and funding rounds. */
final class Catalogs {

    static final List<String> TECHNOLOGIES = List.of("salesforce", "hubspot", "google analytics", "google tag manager",
            "aws", "microsoft azure", "google cloud", "slack", "zoom", "jira", "confluence", "github", "gitlab",
            "kubernetes", "docker", "snowflake", "datadog", "segment", "intercom", "zendesk", "marketo", "stripe",
            "shopify", "wordpress", "react", "angular", "node.js", "python", "java", "postgresql", "mongodb", "redis",
            "tableau", "looker", "workday", "sap", "oracle", "okta", "cloudflare", "twilio");

    static final List<String> SPECIALITIES = List.of("sales intelligence", "lead generation", "data analytics",
            "cloud computing", "cybersecurity", "customer experience", "supply chain", "digital marketing",
            "machine learning", "software development", "consulting", "e-commerce", "payments", "healthcare it",
            "logistics", "recruiting", "training", "research", "manufacturing", "real estate services",
            "financial planning", "compliance", "product design", "mobile apps", "iot");

    static final List<String> INTENT_TOPICS = List.of("Digital Sales", "Sales Intelligence", "CRM Software",
            "Cloud Security", "Data Warehousing", "Marketing Automation", "HIPAA Compliance", "Asana",
            "Customer Data Platform", "Account Based Marketing", "Remote Work", "Payroll Software", "ERP Systems",
            "Endpoint Security", "Business Intelligence", "Recruiting Software", "E-Signature", "Video Conferencing");

    static final List<String> ROUND_TYPES = List.of("Seed Round", "Series A", "Series B", "Series C", "Series D",
            "Private Equity Round", "Debt Financing");

    private Catalogs() {
    }
}
