package org.muhojir.core.behaviour;

import org.muhojir.core.world.Destination;

/**
 * The household member considering going abroad this month, with everything a destination-choice rule may use.
 * Filled by the decision phase and reused (one instance per worker), so a rule must not keep a reference to it.
 * Arrays are indexed by {@link Destination#ordinal()}.
 */
public final class Candidate {
    private static final int D = Destination.COUNT;

    /** Region ordinal of the household. */
    public int region;
    /** Whether the household is urban. */
    public boolean urban;
    /** Skill ordinal. */
    public int skill;
    /** Russian level, 0 (none) to 3 (fluent). */
    public int russian;
    /** Whether the candidate is a woman. */
    public boolean female;
    /** What the candidate would earn at home, TJS per month. */
    public double localEarningsTjs;
    /** What the household can raise for the journey (savings and credit), TJS. */
    public double capacityTjs;
    /** Whether each destination is open to this candidate this month (eligibility already applied). */
    public final boolean[] eligible = new boolean[D];
    /** Expected monthly earnings abroad after living costs and fees, TJS per month. */
    public final double[] netEarningsTjs = new double[D];
    /** Cost of the journey (travel and documents), TJS. */
    public final double[] costTjs = new double[D];
    /** Perceived monthly probability of deportation at each destination (0..1), as the network reports it. */
    public final double[] perceivedRisk = new double[D];
    /** Re-entry ban length at each destination, months. */
    public final int[] banMonths = new int[D];
    /** Share of the household's region's households with a member at each destination (0..1). */
    public final double[] network = new double[D];
    /** Whether the household has kin or a member at each destination. */
    public final boolean[] tie = new boolean[D];
    /** Destination of the household's last completed spell abroad ({@link Destination} ordinal), or -1 if none. */
    public int lastDestination = -1;
    /** Whether each destination's work language is Russian ({@link Destination#russianSpoken()}). */
    public final boolean[] russianSpoken = new boolean[D];
    /** Alternative-specific constant of each destination (utils). */
    public final double[] constant = new double[D];
}
