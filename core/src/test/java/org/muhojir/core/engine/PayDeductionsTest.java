package org.muhojir.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.muhojir.core.behaviour.DefaultEarnings;
import org.muhojir.core.policy.Conditions;
import org.muhojir.core.scenario.DestinationSpec;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.TajikistanDefaults;
import org.muhojir.core.scenario.Timeline;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.LegalStatus;
import org.muhojir.core.world.Skill;

/**
 * Where the wage is stated before tax, legal migrants are paid what is left after income tax and social
 * contributions: a UK seasonal worker's 2,290 GBP a month (data:migrant_wages_uk_seasonal, 2023) less 17% (2023/24's
 * income tax and National Insurance on it), while Russia's wage, the pay in hand of a survey, is paid as stated.
 * Irregular workers, paid cash in hand, have nothing deducted.
 */
class PayDeductionsTest {
    private static final int UK = Destination.UK.ordinal();
    private static final int RU = Destination.RUSSIA.ordinal();
    private static final byte LEGAL = (byte) LegalStatus.LEGAL.ordinal();
    private static final byte IRREGULAR = (byte) LegalStatus.IRREGULAR.ordinal();

    @Test
    void aLegalUkWorkerIsPaidTheStatedWageLessDeductionsOnAverageOver2023() {
        // the wage stated is 2023's mean (it moves with the living wage from April): 2,290 x (1 - 0.17) = 1,900.70
        assertEquals(1_900.70, meanOver2023(TajikistanDefaults.baseline(), UK, LEGAL), 1e-6);
    }

    @Test
    void anIrregularWorkerIsPaidTheirShareOfTheWageWithoutDeductions() {
        // cash in hand, nothing deducted at source: 0.8 of 2,290, below the legal worker's 1,900.70
        assertEquals(0.8 * 2_290, meanOver2023(TajikistanDefaults.baseline(), UK, IRREGULAR), 1e-6);
    }

    @Test
    void deductionsScaleThePayAndWhereThereAreNoneThePayIsTheWage() {
        Scenario s = TajikistanDefaults.baseline();
        DestinationSpec uk = s.destination(Destination.UK);
        Scenario untaxed = s.withDestination(uk.withLabour(uk.labour().withPayDeductionShare(0)));
        assertEquals(2_290, meanOver2023(untaxed, UK, LEGAL), 1e-6);
        DestinationSpec russia = s.destination(Destination.RUSSIA);
        Scenario taxed = s.withDestination(russia.withLabour(russia.labour().withPayDeductionShare(0.13)));
        assertEquals(0.87 * meanOver2023(s, RU, LEGAL), meanOver2023(taxed, RU, LEGAL), 1e-6);
    }

    /** A legal or irregular unskilled worker's wage at {@code d}, the mean of 2023's twelve months, local currency. */
    private static double meanOver2023(Scenario s, int d, byte status) {
        double sum = 0;
        for (int month = 1; month <= 12; month++) {
            Conditions c = new Conditions();
            Timeline.reset(c, s, YearMonth.of(2023, month));
            sum += new DefaultEarnings().wage(c, d, Skill.NONE.ordinal(), status);
        }
        return sum / 12;
    }
}
