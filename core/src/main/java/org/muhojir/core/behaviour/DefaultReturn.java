package org.muhojir.core.behaviour;

import org.muhojir.core.scenario.Behaviour;

/**
 * A return hazard that answers to the migrant's economic position, with duration dependence and seasons:
 * {@code returnHazard x returnDurationProfile[band of months abroad] x returnSeasonality[calendar month] x
 * (earningsRatio / returnReferenceRatio)^-returnEarningsElasticity}, raised by {@code careReturnFactor} when the
 * household has nobody of working age at home. A migrant whose earnings abroad fall relative to what they could earn
 * at home goes home sooner (the life-cycle response that Yang, 2006, finds dominates among Philippine migrants; there
 * is no savings target, whose response has the opposite sign). Naturalised migrants have settled: their hazard is
 * that of the longest spells times {@code circulation.settledReturnFactor}.
 */
public final class DefaultReturn implements ReturnRule {
    private static final long serialVersionUID = 1L;
    /**
     * The earnings ratio is floored at this share of the reference ratio, which caps the position's multiplier at
     * {@code 10^elasticity}: a month abroad that costs more than it brings makes the ratio 0 or negative.
     */
    static final double RATIO_FLOOR = 0.1;
    /** First month abroad of each band of {@code returnDurationProfile} after the first: 4, 7 and 13. */
    private static final int[] BAND_STARTS = {4, 7, 13};
    /** The band of the longest spells (13 months or more). */
    private static final int LONGEST = BAND_STARTS.length;

    @Override
    public double positionFactor(double earningsRatio, Behaviour b) {
        double relative = earningsRatio / b.returnReferenceRatio();
        if (!(relative >= RATIO_FLOOR)) { // worth little or nothing abroad, or 0 / 0 (nothing earned either side)
            relative = RATIO_FLOOR;
        }
        return Math.pow(relative, -b.returnEarningsElasticity());
    }

    @Override
    public double probability(int calendarMonth, int monthsAbroad, double positionFactor, boolean nobodyAtHome,
                              boolean naturalised, Behaviour b) {
        return inMonth(calendarMonth, b).probability(monthsAbroad, positionFactor, nobodyAtHome, naturalised);
    }

    @Override
    public InMonth inMonth(int calendarMonth, Behaviour b) {
        return new Month(calendarMonth, b);
    }

    /**
     * The rule in one calendar month: the hazard before the position factor ({@code returnHazard x duration x
     * season}, multiplied in that order) for each band of months abroad and for naturalised migrants.
     */
    private static final class Month implements InMonth {
        private final double[] byBand = new double[LONGEST + 1];
        private final double naturalised;
        private final double care;

        Month(int calendarMonth, Behaviour b) {
            double season = b.returnSeasonality().get(calendarMonth - 1);
            for (int band = 0; band <= LONGEST; band++) {
                byBand[band] = b.returnHazard() * b.returnDurationProfile().get(band) * season;
            }
            double settled = b.circulation().settledReturnFactor() * b.returnDurationProfile().get(LONGEST);
            naturalised = b.returnHazard() * settled * season;
            care = b.careReturnFactor();
        }

        @Override
        public double probability(int monthsAbroad, double positionFactor, boolean nobodyAtHome,
                                  boolean isNaturalised) {
            double p = (isNaturalised ? naturalised : byBand[band(monthsAbroad)]) * positionFactor;
            if (nobodyAtHome) {
                p *= care;
            }
            return Math.min(1, p);
        }
    }

    /** The band of {@code returnDurationProfile} for a migrant {@code monthsAbroad} months abroad (0 to 3). */
    static int band(int monthsAbroad) {
        int band = 0;
        while (band < BAND_STARTS.length && monthsAbroad >= BAND_STARTS[band]) {
            band++;
        }
        return band;
    }
}
