package org.muhojir.gui.lever;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.muhojir.core.policy.Amnesty;
import org.muhojir.core.policy.BorderClosure;
import org.muhojir.core.policy.ExchangeRateShock;
import org.muhojir.core.policy.HomePriceShock;
import org.muhojir.core.policy.RaidWave;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.policy.Shock;
import org.muhojir.core.policy.SkillsProgramme;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.Region;

/**
 * The "shock now" buttons: each makes ordinary dated shocks that start in the next simulated month, for a chosen
 * destination (or every one) and region (or every one).
 */
public enum ShockButton {
    /** Raids five times as frequent. */
    RAID_WAVE("Raid wave", "Police raid workplaces and hostels five times as often at the destination."),
    /** The destination's currency loses half its value: twice as many units buy a dollar. */
    DEVALUATION("Currency halves", "The destination's currency loses half its value against the US dollar, so "
            + "the same wage sends half as many dollars home."),
    /** Departures to the destination stop, and migrants there cannot come home by choice. */
    BORDER_CLOSURE("Close border", "Nobody can leave for the destination and migrants there cannot come home, "
            + "as in 2020."),
    /** Bans are lifted and migrants without papers regularised, in the first month. */
    AMNESTY("Amnesty", "The destination lifts re-entry bans and gives papers to migrants without them."),
    /** A fifth of untrained households in the region learn a trade over the months chosen. */
    SKILLS_PROGRAMME("Skills programme", "A fifth of untrained households in the region have a member trained as a "
            + "welder, crane operator or plumber over the months chosen."),
    /** The somoni loses value against the dollar, and prices at home follow part of the fall. */
    SOMONI_FALLS("Somoni falls", "The somoni loses 23% of its value against the US dollar (a dollar costs 1.3 times "
            + "as many somoni) and prices at home rise 10%, a third of that: remittances buy more at home, wages at "
            + "home less, and a journey priced in dollars costs more.");

    /** Raid frequency during a raid wave, times the scenario's. */
    public static final double RAID_MULTIPLIER = 5;
    /** Units of currency per dollar during a devaluation, times the scenario's. */
    public static final double DEVALUATION_MULTIPLIER = 2;
    /** Share of untrained households a skills programme reaches by its end. */
    public static final double SKILLS_SHARE = 0.2;
    /** Somoni per dollar when the somoni falls, times the scenario's (the response battery's somoni-falls). */
    public static final double SOMONI_MULTIPLIER = 1.3;
    /**
     * Prices at home when the somoni falls, times the scenario's: a third of the fall passed on to consumer prices
     * over the months chosen (assumption; no pass-through estimate is in data/).
     */
    public static final double SOMONI_PRICE_MULTIPLIER = 1.1;

    private final String label;
    private final String explanation;

    ShockButton(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    /** The button's text. */
    public String label() {
        return label;
    }

    /** A sentence for the button's tooltip. */
    public String explanation() {
        return explanation;
    }

    /** Whether the button acts on a destination (all but the skills programme and the somoni's fall). */
    public boolean needsDestination() {
        return this != SKILLS_PROGRAMME && this != SOMONI_FALLS;
    }

    /**
     * The shocks this button adds.
     *
     * @param start       the next simulated month
     * @param months      how long they last (an amnesty always acts in its first month only)
     * @param destination where, or null for every destination (a devaluation skips the US dollar)
     * @param region      for the skills programme: where, or null for every region
     * @throws IllegalArgumentException for a devaluation of the US dollar, which cannot fall against itself
     */
    public List<ScheduledShock> schedule(YearMonth start, int months, Destination destination, Region region) {
        if (months < 1) {
            throw new IllegalArgumentException("a shock lasts at least one month, asked for " + months);
        }
        List<ScheduledShock> out = new ArrayList<>();
        int duration = this == AMNESTY ? 1 : months;
        for (Shock s : shocks(destination, region)) {
            out.add(new ScheduledShock(start, duration, s));
        }
        return out;
    }

    private List<Shock> shocks(Destination destination, Region region) {
        return switch (this) {
            case SKILLS_PROGRAMME -> List.of(new SkillsProgramme(
                    region == null ? Arrays.asList(Region.values()) : List.of(region), SKILLS_SHARE));
            case BORDER_CLOSURE -> List.of(new BorderClosure(destination));
            case SOMONI_FALLS -> List.of(new ExchangeRateShock("TJS", SOMONI_MULTIPLIER),
                    new HomePriceShock(SOMONI_PRICE_MULTIPLIER));
            default -> {
                List<Shock> out = new ArrayList<>();
                for (Destination d : destination == null ? Destination.values() : new Destination[] {destination}) {
                    Shock s = perDestination(d, destination == null);
                    if (s != null) {
                        out.add(s);
                    }
                }
                yield out;
            }
        };
    }

    private Shock perDestination(Destination d, boolean every) {
        return switch (this) {
            case RAID_WAVE -> new RaidWave(d, RAID_MULTIPLIER);
            case AMNESTY -> new Amnesty(d);
            case DEVALUATION -> {
                if (d.currency().equals("USD")) {
                    if (every) {
                        yield null;
                    }
                    throw new IllegalArgumentException("the US dollar cannot lose value against itself; choose "
                            + "another destination");
                }
                yield new ExchangeRateShock(d.currency(), DEVALUATION_MULTIPLIER);
            }
            default -> throw new IllegalStateException(name() + " is not a per-destination shock");
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
