package io.lushagraph.optout;

/**
 * A cache that holds emails or phones. Every such cache is a bean implementing this, so that an opt-out purges it
 * before the opt-out counts as processed.
 */
public interface PiiCache {

    /** Drops every entry that holds personal data. */
    void purgePii();
}
