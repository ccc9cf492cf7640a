package io.lushagraph.catalog;

import io.lushagraph.upstream.LushaAccount;

/** A static catalog of one Lusha account, shared by every tenant that spends that account. */
record CatalogKey(LushaAccount account, FilterCatalog catalog) {
}
