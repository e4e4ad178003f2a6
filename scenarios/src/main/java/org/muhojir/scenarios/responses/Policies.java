package org.muhojir.scenarios.responses;

import static org.muhojir.core.world.Destination.RUSSIA;
import static org.muhojir.core.world.Destination.SOUTH_KOREA;
import static org.muhojir.core.world.Destination.TURKEY;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.muhojir.core.param.MonthlySeries;
import org.muhojir.core.policy.Amnesty;
import org.muhojir.core.policy.BanPolicy;
import org.muhojir.core.policy.BorderClosure;
import org.muhojir.core.policy.ConsularProtection;
import org.muhojir.core.policy.EntryExam;
import org.muhojir.core.policy.EntryRouteChange;
import org.muhojir.core.policy.ExchangeRatePath;
import org.muhojir.core.policy.ExchangeRateShock;
import org.muhojir.core.policy.HomePriceShock;
import org.muhojir.core.policy.LabourDemand;
import org.muhojir.core.policy.QuotaChange;
import org.muhojir.core.policy.RaidWave;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.policy.Shock;
import org.muhojir.core.policy.SkillsProgramme;
import org.muhojir.core.policy.TightenedRules;
import org.muhojir.core.policy.TransferFeeChange;
import org.muhojir.core.policy.TravelCostChange;
import org.muhojir.core.policy.WageShock;
import org.muhojir.core.world.EntryRoute;
import org.muhojir.core.world.Region;

/**
 * The battery's policies by name: each a list of shocks added to the baseline, from
 * {@link BatterySettings#POLICY_START} (2024-01). An expectation named {@code policy/what} runs the policy
 * {@code policy}; expectations of one policy share its runs.
 */
public final class Policies {
    private static final Map<String, List<ScheduledShock>> BY_NAME = build();

    private Policies() {
    }

    /** The names, in order. */
    public static Set<String> names() {
        return BY_NAME.keySet();
    }

    /**
     * The shocks of the policy called {@code name}.
     *
     * @throws IllegalArgumentException if there is none
     */
    public static List<ScheduledShock> named(String name) {
        List<ScheduledShock> shocks = BY_NAME.get(name);
        if (shocks == null) {
            throw new IllegalArgumentException("no policy is called '" + name + "'; known: "
                    + String.join(", ", names()));
        }
        return shocks;
    }

    private static Map<String, List<ScheduledShock>> build() {
        Map<String, List<ScheduledShock>> m = new LinkedHashMap<>();
        m.put("raids", forMonths(12, new RaidWave(RUSSIA, 3.0)));
        m.put("dearer-patent", fromStart(new TightenedRules(RUSSIA, 2.0, 1.0, 0.0)));
        m.put("harder-exam", fromStart(new TightenedRules(RUSSIA, 1.0, 0.72, 0.0)));
        m.put("papers-lapse", fromStart(new TightenedRules(RUSSIA, 1.0, 1.0, 0.02)));
        m.put("expulsions", fromStart(new BanPolicy(RUSSIA, 120, 0.01)));
        m.put("amnesty", forMonths(1, new Amnesty(RUSSIA)));
        m.put("rouble-falls", fromStart(new ExchangeRateShock("RUB", 1.5)));
        m.put("somoni-falls", fromStart(new ExchangeRateShock("TJS", 1.3)));
        m.put("rouble-at-60", fromStart(new ExchangeRatePath("RUB", MonthlySeries.constant(60.0))));
        m.put("russia-closed", forMonths(6, new BorderClosure(RUSSIA)));
        m.put("korea-quota", fromStart(new QuotaChange(SOUTH_KOREA, 5_000)));
        m.put("turkey-visa", fromStart(new EntryRouteChange(TURKEY, EntryRoute.VISA, 160, 0.3)));
        m.put("russia-exam", fromStart(new EntryExam(RUSSIA, 0.5, true)));
        m.put("training", forMonths(12, new SkillsProgramme(List.of(Region.KHATLON), 0.3)));
        m.put("consul", fromStart(new ConsularProtection(RUSSIA, 0.5)));
        m.put("free-transfers", fromStart(new TransferFeeChange(null, 0.0)));
        m.put("wages-up", fromStart(new WageShock(RUSSIA, 1.2)));
        m.put("wages-down", fromStart(new WageShock(RUSSIA, 0.8)));
        m.put("russia-recession", forMonths(12, new LabourDemand(RUSSIA, 0.7)));
        m.put("prices-up", fromStart(new HomePriceShock(1.15)));
        m.put("cheaper-journey", fromStart(new TravelCostChange(RUSSIA, 0.5)));
        return java.util.Collections.unmodifiableMap(m);
    }

    private static List<ScheduledShock> fromStart(Shock shock) {
        return forMonths(ScheduledShock.UNTIL_END, shock);
    }

    private static List<ScheduledShock> forMonths(int months, Shock shock) {
        return List.of(new ScheduledShock(BatterySettings.POLICY_START, months, shock));
    }
}
