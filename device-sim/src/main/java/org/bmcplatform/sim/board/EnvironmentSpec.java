package org.bmcplatform.sim.board;

/**
 * The board's surroundings.
 *
 * @param ambientCelsius inlet air temperature; component temperatures follow it
 */
public record EnvironmentSpec(double ambientCelsius) {
}
