package io.lushagraph.catalog;

import io.lushagraph.upstream.LushaAccount;

/** A text search of one Lusha account, by its normalised text. */
record SearchKey(LushaAccount account, TextSearch search, String text) {
}
