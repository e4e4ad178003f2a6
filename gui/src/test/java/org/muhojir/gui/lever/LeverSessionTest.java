package org.muhojir.gui.lever;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.muhojir.core.policy.Conditions;
import org.muhojir.core.policy.QuotaChange;
import org.muhojir.core.policy.RaidWave;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.policy.ShockCalendar;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.TajikistanDefaults;
import org.muhojir.core.scenario.Timeline;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.Region;

class LeverSessionTest {
    private static final int RU = Destination.RUSSIA.ordinal();
    private final Scenario scenario = TajikistanDefaults.baseline();
    /** The model a test's session steers, the session's levers, and the session (on the baseline). */
    private final FakeTarget t = new FakeTarget();
    private final Levers levers = new Levers(Conditions::new);
    private final LeverSession s = new LeverSession(scenario, t, levers);

    /**
     * A target whose next month the test moves on by hand, as the model would month by month; superseding shocks
     * cut the scenario's as the model does.
     */
    private static final class FakeTarget implements LeverTarget {
        final Scenario scenario;
        YearMonth next = YearMonth.of(2025, 1);
        final List<ScheduledShock> added = new ArrayList<>();
        List<ScheduledShock> scenarioShocks;

        FakeTarget(Scenario scenario) {
            this.scenario = scenario;
            this.scenarioShocks = scenario.shocks();
        }

        FakeTarget() {
            this(TajikistanDefaults.baseline());
        }

        @Override
        public YearMonth nextMonth() {
            return next;
        }

        @Override
        public void addShock(ScheduledShock shock) {
            added.add(shock);
        }

        @Override
        public void overrideShock(ScheduledShock shock) {
            scenarioShocks = ShockCalendar.supersede(scenarioShocks, shock, scenario.start(), scenario.end());
            added.add(shock);
        }

        @Override
        public List<ScheduledShock> added() {
            return List.copyOf(added);
        }

        @Override
        public List<ScheduledShock> shocks() {
            List<ScheduledShock> all = new ArrayList<>(scenarioShocks);
            all.addAll(added);
            return all;
        }
    }

    /** What the model would have in force in {@code m}: the scenario plus every shock the session added. */
    private Conditions resolved(FakeTarget t, YearMonth m) {
        Conditions c = new Conditions();
        new Timeline(t.scenario.withShocks(t.shocks())).resolve(m, c);
        return c;
    }

    @Test
    void leversBecomeOneMonthShocksSoMovingThemAgainNeverCompounds() {
        double raid = resolved(t, t.next).raidHazardIrregular[RU];

        levers.setRaidIntensityInRussia(3);
        assertEquals(List.of(new ScheduledShock(YearMonth.of(2025, 1), 1, new RaidWave(Destination.RUSSIA, 3))),
                s.beforeMonth());
        t.next = t.next.plusMonths(1);
        levers.setRaidIntensityInRussia(2);
        s.beforeMonth();

        assertEquals(3 * raid, resolved(t, YearMonth.of(2025, 1)).raidHazardIrregular[RU], 1e-15);
        assertEquals(2 * raid, resolved(t, YearMonth.of(2025, 2)).raidHazardIrregular[RU], 1e-15); // not 6 x
        assertEquals(raid, resolved(t, YearMonth.of(2025, 3)).raidHazardIrregular[RU], 1e-15); // not yet decided
    }

    @Test
    void aPinnedValueHoldsWhileTheScenarioPathMoves() {
        t.next = YearMonth.of(2025, 12);
        levers.setPatentFeeInRussia(9_500);
        s.beforeMonth(); // December 2025: the scenario says 8,900
        t.next = t.next.plusMonths(1);
        s.beforeMonth(); // January 2026: the scenario says 10,000
        assertEquals(9_500, resolved(t, YearMonth.of(2025, 12)).monthlyFee[RU], 1e-9);
        assertEquals(9_500, resolved(t, YearMonth.of(2026, 1)).monthlyFee[RU], 1e-9);
    }

    @Test
    void aShockFiredNowStartsNextMonthAndLeversAreMeasuredOnTopOfIt() {
        double fee = resolved(t, t.next).monthlyFee[RU];
        s.fire(ShockButton.RAID_WAVE, 6, Destination.RUSSIA, null);
        assertEquals(new ScheduledShock(t.next, 6, new RaidWave(Destination.RUSSIA, 5)), t.added().get(0));
        assertEquals(5 * resolved(new FakeTarget(), t.next).raidHazardIrregular[RU],
                s.withoutLevers(t.next).raidHazardIrregular[RU], 1e-15);
        levers.setPatentFeeInRussia(2 * fee);
        s.beforeMonth();
        assertEquals(2 * fee, resolved(t, t.next).monthlyFee[RU], 1e-9);
    }

    @Test
    void aButtonPressedAgainWhereItsEarlierPressIsInForceIsRefused() {
        s.fire(ShockButton.RAID_WAVE, 6, Destination.RUSSIA, null); // January to June 2025
        t.next = t.next.plusMonths(2);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> s.fire(ShockButton.RAID_WAVE, 6, Destination.RUSSIA, null));
        assertEquals("Raid wave (Russia) is in force from 2025-01 to 2025-06 already, from an earlier press: press it "
                + "again once that one has ended", e.getMessage());
        assertEquals(1, t.added().size(), "nothing added");
        s.fire(ShockButton.RAID_WAVE, 6, Destination.KAZAKHSTAN, null); // another destination's: not the same
        t.next = YearMonth.of(2025, 7);
        s.fire(ShockButton.RAID_WAVE, 6, Destination.RUSSIA, null); // after the first has ended
        assertEquals(3, t.added().size());
        // a closure of every border reaches Russia's; a skills programme everywhere reaches Khatlon; the somoni's
        // fall is the country's, whatever destination is chosen
        s.fire(ShockButton.BORDER_CLOSURE, 3, null, null);
        assertThrows(IllegalStateException.class, () -> s.fire(ShockButton.BORDER_CLOSURE, 3, Destination.RUSSIA,
                null));
        s.fire(ShockButton.SKILLS_PROGRAMME, 3, Destination.RUSSIA, null);
        assertEquals("Skills programme (every region) is in force from 2025-07 to 2025-09 already, from an earlier "
                + "press: press it again once that one has ended", assertThrows(IllegalStateException.class,
                () -> s.fire(ShockButton.SKILLS_PROGRAMME, 3, Destination.RUSSIA, Region.KHATLON)).getMessage());
        s.fire(ShockButton.SOMONI_FALLS, 3, Destination.RUSSIA, null);
        assertThrows(IllegalStateException.class, () -> s.fire(ShockButton.SOMONI_FALLS, 3, Destination.UK, null));
    }

    @Test
    void shocksInForceAreListedThoseFiredFirstThenTheScenariosForTheMonthsTheyLast() {
        Scenario withRaids = scenario.plusShocks(List.of(
                new ScheduledShock(YearMonth.of(2024, 6), 12, new RaidWave(Destination.RUSSIA, 2))));
        FakeTarget model = new FakeTarget(withRaids); // next month 2025-01: the scenario's raids (2024-06 to 2025-05)
        LeverSession session = new LeverSession(withRaids, model, new Levers(Conditions::new));
        session.fire(ShockButton.AMNESTY, 1, Destination.RUSSIA, null);
        List<String> lines = shocksOnly(session.inForce(model.next));
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("amnesty in Russia"), lines.get(0)); // what the student did, first
        assertEquals(new RaidWave(Destination.RUSSIA, 2).describe(), lines.get(1));
        // the amnesty lasts one month
        assertEquals(List.of(lines.get(1)), shocksOnly(session.inForce(model.next.plusMonths(1))));
        // then the world's events in force in 2025-01, by name: the crackdown's bans, the exam, Turkey's visas
        assertEquals(List.of("the world's event russia-crackdown-2024: ban policy in Russia (bans of 60 months, "
                + "expulsions 1% a month of irregular migrants)", "the world's event russia-exam-2024: "
                + "Russian-language exam for Russia (pass rate 70%, in place of any exam the rules set)",
                "the world's event "
                + "turkey-visa-2024: Turkey entry becomes VISA (documents $160, refusals 30%)"),
                session.inForce(model.next).subList(2, 5));
    }

    private static List<String> shocksOnly(List<String> lines) {
        return lines.stream().filter(l -> !l.startsWith(LeverSession.WORLD_EVENT)).toList();
    }

    @Test
    void aQuotaLeverSupersedesTheScenariosQuotaForItsMonthAndOnlyTheNewQuotaIsListed() {
        QuotaChange scenarioQuota = new QuotaChange(Destination.SOUTH_KOREA, 5000); // as diversification opens it
        Scenario diversified = scenario.plusShocks(List.of(
                new ScheduledShock(YearMonth.of(2025, 1), ScheduledShock.UNTIL_END, scenarioQuota)));
        FakeTarget model = new FakeTarget(diversified);
        model.next = YearMonth.of(2025, 3);
        Levers leversOfThisScenario = new Levers(Conditions::new);
        LeverSession session = new LeverSession(diversified, model, leversOfThisScenario);
        leversOfThisScenario.setSouthKoreaQuota(20_000);
        session.beforeMonth();
        int korea = Destination.SOUTH_KOREA.ordinal();
        assertEquals(20_000, resolved(model, YearMonth.of(2025, 3)).annualQuota[korea]); // the lever acts
        assertEquals(List.of(new QuotaChange(Destination.SOUTH_KOREA, 20_000).describe()),
                shocksOnly(session.inForce(model.next)));
        assertEquals(5_000, resolved(model, YearMonth.of(2025, 4)).annualQuota[korea]); // the scenario's again after
        assertEquals(List.of(scenarioQuota.describe()), shocksOnly(session.inForce(YearMonth.of(2025, 4))));
    }
}
