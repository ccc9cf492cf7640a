package io.lushagraph.catalog;

/** The GraphQL documents the catalog tests send. */
final class CatalogQueries {

    static final String EVERY_STATIC_CATALOG = """
            {
              contactFilters {
                departments { id value }
                seniorities { id value }
                dataPoints { id value }
                countries { code name }
              }
              companyFilters {
                industries { id value subIndustries { id value } }
                sizes { min max }
                revenues { min max }
                sics { code label }
                naics { code label }
                intentTopics { id value }
              }
              contactSignals: signalOptions(entityType: CONTACT)
              companySignals: signalOptions(entityType: COMPANY)
            }""";

    static final String DEPARTMENTS = "{ contactFilters { departments { id value } } }";

    static final String TECHNOLOGIES = """
            query($text: String!) { companyFilters { technologies(text: $text) { id value } } }""";

    static final String DEPARTMENTS_ENDPOINT = "GET /prospecting/filters/contacts/departments";

    private CatalogQueries() {
    }
}
