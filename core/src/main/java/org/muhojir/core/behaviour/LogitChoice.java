package org.muhojir.core.behaviour;

import java.util.Arrays;
import org.muhojir.core.scenario.Behaviour;
import org.muhojir.core.world.Destination;

/**
 * The default destination choice: a nested logit (McFadden, 1978) over staying and a nest of the eligible
 * destinations: whether to go, then where (as Ortega and Peri, 2013, model emigration). Within the nest the
 * destinations compete as in a multinomial logit (McFadden, 1974) on their utilities V_d; the nest as a whole is
 * worth {@code nest} times its inclusive value ln(sum of exp V_d), against staying's {@code home} plus {@code nest}
 * times the income weight times local earnings. With {@code nest} 1 this is the multinomial logit over staying and
 * every destination; below 1 the decision to go answers pay, risk and costs less than the choice between
 * destinations does. See {@link Behaviour.UtilityWeights} for the utility's terms and units; the destination of the
 * household's last spell abroad has {@code circulation.lastDestinationUtility} more ({@link Behaviour.Circulation}).
 * Earnings enter at the prices of the scenario's price base year (deflated by Tajik prices,
 * {@link Candidate#homePriceLevel}), so one income weight holds across a decade of inflation.
 */
public final class LogitChoice implements DestinationChoice {
    private static final long serialVersionUID = 1L;
    private static final int STAY = Destination.COUNT;

    @Override
    public void probabilities(Candidate c, Behaviour behaviour, double[] p) {
        Behaviour.UtilityWeights w = behaviour.utility();
        double returnee = behaviour.circulation().lastDestinationUtility();
        double max = Double.NEGATIVE_INFINITY;
        for (int d = 0; d < STAY; d++) {
            if (c.eligible[d]) {
                p[d] = utility(c, w, d) + (d == c.lastDestination ? returnee : 0);
                max = Math.max(max, p[d]);
            }
        }
        if (max == Double.NEGATIVE_INFINITY) {
            Arrays.fill(p, 0);
            p[STAY] = 1;
            return;
        }
        double sum = 0;
        for (int d = 0; d < STAY; d++) {
            if (c.eligible[d]) {
                p[d] = Math.exp(p[d] - max);
                sum += p[d];
            } else {
                p[d] = 0;
            }
        }
        double go = probabilityOfGoing(c, w, max + Math.log(sum));
        for (int d = 0; d < STAY; d++) {
            p[d] *= go / sum;
        }
        p[STAY] = 1 - go;
    }

    /**
     * The upper level of the nested logit: leaving (the nest of destinations, worth {@code nest} times its inclusive
     * value) against staying (the utility of home plus local earnings at the nest's scale).
     */
    private static double probabilityOfGoing(Candidate c, Behaviour.UtilityWeights w, double inclusiveValue) {
        double stay = w.home() + w.nest() * w.income() * thousandsAtBasePrices(c, c.localEarningsTjs);
        return 1 / (1 + Math.exp(stay - w.nest() * inclusiveValue));
    }

    /** Somoni of this month as thousands of somoni at the price base year's prices. */
    private static double thousandsAtBasePrices(Candidate c, double tjs) {
        return tjs / (1000.0 * c.homePriceLevel);
    }

    /** Systematic utility of destination {@code d}, utils. */
    static double utility(Candidate c, Behaviour.UtilityWeights w, int d) {
        double costShare = c.capacityTjs > 0 ? c.costTjs[d] / c.capacityTjs : 1;
        double riskPct = 100 * c.perceivedRisk[d] * (1 + c.banMonths[d] / 12.0);
        return c.constant[d]
                + w.income() * thousandsAtBasePrices(c, c.netEarningsTjs[d])
                - w.cost() * costShare
                - w.risk() * riskPct
                + w.network() * Math.log(1 + 100 * c.network[d]) // Math.log is an intrinsic; log1p is not
                + (c.tie[d] ? w.tie() : 0)
                + (c.russianSpoken[d] ? w.russian() * c.russian : 0);
    }
}
