package io.lushagraph.simulator.universe;

/**
 * A city people and headquarters can be in. {@code state} and {@code stateCode} are null where Lusha reports none;
 * coordinates are degrees; {@code dialCode} is the country calling code used for phone numbers.
 */
public record Place(String city, String state, String stateCode, String country, String countryIso2, String continent,
        boolean eu, double latitude, double longitude, String dialCode) {
}
