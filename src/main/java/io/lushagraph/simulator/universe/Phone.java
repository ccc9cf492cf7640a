package io.lushagraph.simulator.universe;

/** A phone number as Lusha formats it, its type ({@code mobile}, {@code direct} or {@code phone}) and DNC flag. */
public record Phone(String number, String type, boolean doNotCall) {
}
