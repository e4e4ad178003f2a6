package org.muhojir.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.muhojir.core.outcome.Group;
import org.muhojir.core.outcome.MonthlyOutcome;
import org.muhojir.core.outcome.PovertyMeasures;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.LegalStatus;

/**
 * Invariants of whole runs, checked every month of two 24-month runs at a 1% sample: the baseline, and the baseline
 * with one shock of every type ({@link RunFixtures#shocked}). People and money are conserved, reported totals equal
 * what the households and the events say, and no measure leaves its range.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConservationTest {
    private static final int MONTHS = 24;
    private static final int D = Destination.COUNT;

    private List<RunAudit> runs;

    @BeforeAll
    void run() {
        runs = List.of(RunAudit.of(RunFixtures.baseline(0.01, MONTHS)), RunAudit.of(RunFixtures.shocked(0.01, MONTHS)));
    }

    @Test
    void peopleAreConservedAtEveryDestinationEveryMonth() {
        // stock(t) - stock(t-1) = departures - returns by choice - deportations: detention and naturalisation change
        // a migrant's status, not where they are. Counts are in simulated persons (reported totals / weight).
        for (RunAudit r : runs) {
            for (int m = 0; m < MONTHS; m++) {
                MonthlyOutcome o = r.outcomes.get(m);
                for (int d = 0; d < D; d++) {
                    long change = r.slotStock.get(m + 1)[d] - r.slotStock.get(m)[d];
                    long flows = persons(r, o, o.departures()[d]) - persons(r, o, o.returnsByChoice()[d])
                            - persons(r, o, o.deportations()[d]);
                    assertEquals(flows, change, r.name + " " + o.month() + " " + Destination.values()[d]);
                }
            }
        }
    }

    @Test
    void reportedStocksAreWhatTheHouseholdsHold() {
        for (RunAudit r : runs) {
            for (int m = 0; m < MONTHS; m++) {
                MonthlyOutcome o = r.outcomes.get(m);
                for (Destination d : Destination.values()) {
                    assertEquals(r.slotStock.get(m + 1)[d.ordinal()], persons(r, o, o.abroad(d)),
                            r.name + " " + o.month() + " " + d);
                }
            }
            assertTrue(r.slotStock.get(0)[Destination.RUSSIA.ordinal()] > 0, "migrants abroad at the start");
        }
    }

    @Test
    void somoniReceivedAreDollarsSentLessFeesAtTheMonthsRate() {
        for (RunAudit r : runs) {
            for (MonthlyOutcome o : r.outcomes) {
                double sent = o.remittancesSentUsdTotal();
                double fees = MonthlyOutcome.total(o.transferFeesUsd());
                assertTrue(sent > 0, r.name + " " + o.month());
                double received = o.remittancesReceivedTjs();
                assertEquals((sent - fees) * o.tjsPerUsd(), received, 1e-9 * received, r.name + " " + o.month());
                for (int d = 0; d < D; d++) {
                    assertTrue(o.transferFeesUsd()[d] >= 0 && o.transferFeesUsd()[d] <= o.remittancesSentUsd()[d]);
                }
            }
        }
    }

    @Test
    void remittanceEventsAddUpToTheMonthsTotals() {
        for (RunAudit r : runs) {
            for (int m = 0; m < MONTHS; m++) {
                MonthlyOutcome o = r.outcomes.get(m);
                String where = r.name + " " + o.month();
                for (int d = 0; d < D; d++) {
                    double sent = o.remittancesSentUsd()[d];
                    assertEquals(sent, r.eventSentUsd.get(m)[d] * r.weight(o.month()), 1e-9 * sent + 1e-9, where);
                    double fees = o.transferFeesUsd()[d];
                    assertEquals(fees, r.eventFeeUsd.get(m)[d] * r.weight(o.month()), 1e-9 * fees + 1e-9, where);
                }
                double received = o.remittancesReceivedTjs();
                assertEquals(received, r.eventReceivedTjs.get(m) * r.weight(o.month()), 1e-9 * received, where);
                // households record what they received in single precision
                assertEquals(received, r.householdReceivedTjs.get(m) * r.weight(o.month()), 1e-5 * received, where);
            }
        }
    }

    @Test
    void everyEventAndHouseholdIsConsistent() {
        // each remittance: sent = fee + received / rate; each household: what its events delivered, members abroad
        // within its working-age members and matching its filled slots, no negative savings or debt, bans held
        // by members at home
        for (RunAudit r : runs) {
            assertEquals(0, r.problemCount, r.name + ": " + r.problems);
        }
    }

    @Test
    void noCountIsNegative() {
        for (RunAudit r : runs) {
            for (MonthlyOutcome o : r.outcomes) {
                String where = r.name + " " + o.month();
                for (int d = 0; d < D; d++) {
                    for (int s = 0; s < LegalStatus.COUNT; s++) {
                        assertTrue(o.abroad()[d][s] >= 0, where);
                    }
                    assertTrue(o.departures()[d] >= 0 && o.returnsByChoice()[d] >= 0 && o.deportations()[d] >= 0
                            && o.detentions()[d] >= 0 && o.naturalisations()[d] >= 0, where);
                }
                assertTrue(o.bansInForce() >= 0 && o.departuresWomen() >= 0, where);
                assertTrue(o.departuresWomen() <= MonthlyOutcome.total(o.departures()) + 1e-6, where);
            }
        }
    }

    @Test
    void sharesAndPovertyMeasuresAreInRangeAndOrdered() {
        for (RunAudit r : runs) {
            for (MonthlyOutcome o : r.outcomes) {
                String where = r.name + " " + o.month();
                assertShare(o.householdsWithMigrant(), where);
                assertShare(o.householdsReceiving(), where);
                // a household receives only from a member abroad
                assertTrue(o.householdsReceiving() <= o.householdsWithMigrant(), where);
                assertShare(o.gini(), where);
                assertShare(o.giniWithoutRemittances(), where);
                for (Group g : Group.values()) {
                    PovertyMeasures with = o.poverty()[g.ordinal()];
                    PovertyMeasures without = o.povertyWithoutRemittances()[g.ordinal()];
                    assertOrdered(with, where + " " + g);
                    assertOrdered(without, where + " " + g + " without remittances");
                    // consumption rises with cash (budget rule), so remittances never add to poverty
                    assertTrue(without.fgt0() >= with.fgt0() && without.fgt1() >= with.fgt1()
                            && without.fgt2() >= with.fgt2(), where + " " + g);
                    assertTrue(o.consumption()[g.ordinal()] >= 0, where + " " + g);
                }
            }
        }
    }

    /** Simulated persons behind a national total of month {@code o} (each household stands for its weight). */
    private static long persons(RunAudit r, MonthlyOutcome o, double total) {
        return Math.round(total / r.weight(o.month()));
    }

    private static void assertShare(double x, String where) {
        assertTrue(x >= 0 && x <= 1, where + ": " + x);
    }

    /** FGT values are shares, and FGT2 <= FGT1 <= FGT0 since each poor person's gap is in [0, 1]. */
    private static void assertOrdered(PovertyMeasures p, String where) {
        assertShare(p.fgt0(), where);
        assertShare(p.fgt1(), where);
        assertShare(p.fgt2(), where);
        assertShare(p.extremeFgt0(), where);
        assertTrue(p.fgt2() <= p.fgt1() && p.fgt1() <= p.fgt0(), where + ": " + p);
        assertTrue(p.extremeFgt0() <= p.fgt0(), where + ": " + p);
    }
}
