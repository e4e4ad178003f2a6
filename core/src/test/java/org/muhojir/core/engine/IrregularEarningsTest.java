package org.muhojir.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.muhojir.core.behaviour.DefaultEarnings;
import org.muhojir.core.param.MonthlySeries;
import org.muhojir.core.policy.Conditions;
import org.muhojir.core.scenario.DestinationSpec;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.TajikistanDefaults;
import org.muhojir.core.scenario.Timeline;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.LegalStatus;
import org.muhojir.core.world.Skill;

/**
 * Working without papers pays less than working with a patent, once the patent is paid: irregular workers earn less
 * (data:migrant_wages_russia, 25,100 vs 27,900 RUB) and have work less often. Stricter rules cannot raise earnings.
 */
class IrregularEarningsTest {
    private static final int RU = Destination.RUSSIA.ordinal();
    private static final byte LEGAL = (byte) LegalStatus.LEGAL.ordinal();
    private static final byte IRREGULAR = (byte) LegalStatus.IRREGULAR.ordinal();

    @Test
    void inThe2023BaselineAnUnskilledLegalWorkerNetsMoreThanAnIrregularOne() {
        // on average over 2023 (wages and living costs follow their indices around the year's values):
        // the unskilled wage is 55,281.77 RUB (PricesFollowIndicesTest: 27,900 RUB of 2017 at 2023's wages);
        // legal: 0.92 x 55,281.77 - 10,000 living - 6,600 patent (Moscow 2023, data:rus_patent_price_moscow, by the
        // legal formula) = 34,259.2 RUB a month;
        // irregular: 0.92 x 0.85 x 55,281.77 x 25,100 / 27,900 - 10,000 = 28,891.8
        Scenario s = withSteadyRussianDemand(TajikistanDefaults.baseline());
        double legal = 0;
        double irregular = 0;
        for (int month = 1; month <= 12; month++) {
            Conditions c = new Conditions();
            Timeline.reset(c, s, YearMonth.of(2023, month));
            legal += expectedNet(c, Skill.NONE.ordinal(), LEGAL) / 12;
            irregular += expectedNet(c, Skill.NONE.ordinal(), IRREGULAR) / 12;
        }
        assertEquals(34_259.2, legal, 0.1);
        assertEquals(28_891.8, irregular, 0.1);
    }

    @Test
    void atEverySkillLegalWorkPaysMoreAfterThePatent() {
        Conditions c = conditions(TajikistanDefaults.baseline());
        for (Skill skill : Skill.values()) {
            double legal = expectedNet(c, skill.ordinal(), LEGAL);
            double irregular = expectedNet(c, skill.ordinal(), IRREGULAR);
            assertTrue(irregular < legal, skill + ": irregular " + irregular + " >= legal " + legal);
        }
    }

    /** {@code s} with Russia's labour demand held at one level, so that the chance of work is 0.92 all year. */
    private static Scenario withSteadyRussianDemand(Scenario s) {
        DestinationSpec r = s.destination(Destination.RUSSIA);
        DestinationSpec.Labour l = r.labour();
        return s.withDestination(r.withLabour(new DestinationSpec.Labour(l.wageBySkill(), l.payDeductionShare(),
                l.livingCost(), l.employmentRate(), l.irregularWageShare(), l.irregularEmploymentShare(), l.wageIndex(),
                l.priceIndex(), MonthlySeries.constant(1), l.demandElasticity(), l.seasonalPayAmplitude(),
                l.crowding())));
    }

    private static Conditions conditions(Scenario s) {
        Conditions c = new Conditions();
        Timeline.reset(c, s, s.start());
        return c;
    }

    /** Expected monthly earnings left after living costs and, for a legal worker, the patent, RUB. */
    private static double expectedNet(Conditions c, int skill, byte status) {
        double wage = new DefaultEarnings().wage(c, RU, skill, status);
        double fee = status == LEGAL ? c.monthlyFee[RU] : 0;
        return MigrantsAbroadPhase.employmentProbability(c, RU, status) * wage - c.livingCost[RU] - fee;
    }
}
