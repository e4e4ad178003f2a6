package org.muhojir.core.population;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.LegalStatus;
import org.muhojir.core.world.Region;
import org.muhojir.core.world.Skill;

/**
 * A read-only snapshot of one household, for inspectors, observers and analysis. Money is in somoni (TJS) unless
 * the name ends in {@code Usd}.
 *
 * @param index                 the household's index in the population
 * @param region                where it lives
 * @param urban                 whether it lives in a town
 * @param men                   working-age men, at home and abroad
 * @param women                 working-age women, at home and abroad
 * @param dependants            children and elderly members
 * @param skill                 skill of its prospective migrants
 * @param russianLevel          their Russian, 0 (none) to 3 (fluent)
 * @param savings               savings at home, TJS
 * @param debt                  debt, TJS
 * @param consumption           this month's consumption, TJS per adult equivalent a month at this month's prices
 *                              (0 if nobody was at home)
 * @param consumptionWithoutRemittances the same had this month's remittances not arrived, TJS per adult equivalent a
 *                              month at this month's prices
 * @param welfare               consumption over the quarter to this month, as the poverty measures count it
 *                              (docs/ODD.md 7.7.1), TJS per adult equivalent a month at this month's prices; 0 if
 *                              nobody was at home
 * @param remittancesReceived   remittances received this month, TJS
 * @param bannedFrom            the destination a member at home is banned from, or null
 * @param banEnd                the first month that ban no longer applies, or null
 * @param abroad                its members abroad
 */
public record HouseholdView(int index, Region region, boolean urban, int men, int women, int dependants, Skill skill,
                            int russianLevel, double savings, double debt, double consumption,
                            double consumptionWithoutRemittances, double welfare, double remittancesReceived,
                            Destination bannedFrom,
                            YearMonth banEnd, List<MemberAbroad> abroad) {

    /**
     * A member abroad.
     *
     * @param destination where
     * @param skill       the member's skill when they left
     * @param status      legal status
     * @param female      whether a woman
     * @param since       the month they left; for a naturalised member ({@code status} NATURALISED), the month of
     *                    naturalisation, from which the years settled count (the month they left is not kept)
     * @param savingsUsd  savings built abroad, US dollars
     * @param sentUsd     sent home this month before fees, US dollars
     */
    public record MemberAbroad(Destination destination, Skill skill, LegalStatus status, boolean female, YearMonth since,
                               double savingsUsd, double sentUsd) {
    }

    /**
     * Snapshot of household {@code h}; {@code start} is the month of month index 0, the first simulated month after
     * the warm-up ({@link org.muhojir.core.scenario.Scenario#firstSimulatedMonth()}: the history's start if there is
     * one), and {@code currentMonth} the month index of the snapshot (which says whether a ban still applies).
     */
    public static HouseholdView of(Households hh, int h, YearMonth start, int currentMonth) {
        List<MemberAbroad> members = new ArrayList<>();
        for (int s = h * Households.SLOTS; s < (h + 1) * Households.SLOTS; s++) {
            if (hh.slotDestination[s] != Households.NONE) {
                members.add(new MemberAbroad(Destination.values()[hh.slotDestination[s]],
                        Skill.values()[hh.slotSkill[s]], LegalStatus.values()[hh.slotStatus[s]], hh.slotFemale[s] == 1,
                        start.plusMonths(hh.slotSince[s]), hh.slotSavingsUsd[s], hh.slotSentUsd[s]));
            }
        }
        boolean banned = hh.banDestination[h] != Households.NONE && hh.banned(h, hh.banDestination[h], currentMonth);
        return new HouseholdView(h, Region.values()[hh.region[h]], hh.urban[h] == 1, hh.men[h], hh.women[h],
                hh.dependants[h], Skill.values()[hh.skill[h]], hh.russian[h], hh.savings[h], hh.debt[h],
                hh.consumption[h], hh.consumptionWithoutRemittances[h], hh.welfare[h], hh.remittancesReceived[h],
                banned ? Destination.values()[hh.banDestination[h]] : null,
                banned ? start.plusMonths(hh.banEnd[h]) : null, List.copyOf(members));
    }
}
