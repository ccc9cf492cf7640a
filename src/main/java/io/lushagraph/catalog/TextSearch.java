package io.lushagraph.catalog;

/** The filter catalogs Lusha searches by text rather than lists whole. */
enum TextSearch {
    CONTACT_LOCATIONS,
    COMPANY_NAMES,
    COMPANY_LOCATIONS,
    COMPANY_TECHNOLOGIES
}
