package org.muhojir.core.behaviour;

import org.muhojir.core.scenario.Behaviour;
import org.muhojir.core.world.Destination;

/**
 * The default destination choice: a multinomial logit over staying and each eligible destination (McFadden,
 * 1974). See {@link Behaviour.UtilityWeights} for the utility's terms and units; the destination of the household's
 * last spell abroad has {@code circulation.lastDestinationUtility} more ({@link Behaviour.Circulation}). Earnings
 * enter at the prices of the scenario's price base year (deflated by Tajik prices, {@link Candidate#homePriceLevel}),
 * so one income weight holds across a decade of inflation.
 */
public final class LogitChoice implements DestinationChoice {
    private static final long serialVersionUID = 1L;
    private static final int STAY = Destination.COUNT;

    @Override
    public void probabilities(Candidate c, Behaviour behaviour, double[] p) {
        Behaviour.UtilityWeights w = behaviour.utility();
        double returnee = behaviour.circulation().lastDestinationUtility();
        double stay = w.home() + w.income() * thousandsAtBasePrices(c, c.localEarningsTjs);
        double max = stay;
        for (int d = 0; d < STAY; d++) {
            if (c.eligible[d]) {
                p[d] = utility(c, w, d) + (d == c.lastDestination ? returnee : 0);
                max = Math.max(max, p[d]);
            }
        }
        double sum = Math.exp(stay - max);
        p[STAY] = sum;
        for (int d = 0; d < STAY; d++) {
            if (c.eligible[d]) {
                p[d] = Math.exp(p[d] - max);
                sum += p[d];
            } else {
                p[d] = 0;
            }
        }
        for (int i = 0; i <= STAY; i++) {
            p[i] /= sum;
        }
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
