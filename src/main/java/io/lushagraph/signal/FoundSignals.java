package io.lushagraph.signal;

import java.util.List;

/**
 * What one signal lookup found.
 *
 * @param id the Lusha person or company id the lookup resolved to
 * @param signals its signals, newest first
 * @param credits what Lusha charged for this lookup
 */
record FoundSignals(String id, List<Signal> signals, CreditShare credits) {
}
