package org.muhojir.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.muhojir.core.Muhojir;
import org.muhojir.core.event.ModelEvent;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.world.Destination;

/**
 * A seasonal visa of {@code maxStayMonths} months (the UK's six) lets its holder work that many months: a member who
 * leaves in one month is abroad, earning and sending home, in the six months after it, and comes home in the next.
 */
class SeasonalVisaTest {
    @Test
    void aSixMonthVisaPaysSixMonthsAndNoMore() {
        Scenario base = Muhojir.defaultScenario();
        Scenario s = base.withSampleFraction(0.02).withPeriod(base.start(), 24);
        int maxStay = s.destination(Destination.UK).entry().maxStayMonths();
        assertEquals(6, maxStay, "the UK's seasonal visa");
        // per household with one member in the UK at a time: the months it received from the UK in the spell
        Map<Integer, Integer> inSpell = new HashMap<>();
        Set<Integer> twoAtOnce = new HashSet<>();
        List<Integer> spells = new ArrayList<>();
        Muhojir.run(s, RunOptions.seed(11), e -> {
            if (e instanceof ModelEvent.Departure d && d.destination() == Destination.UK) {
                if (inSpell.putIfAbsent(d.household(), 0) != null) {
                    twoAtOnce.add(d.household());
                }
            } else if (e instanceof ModelEvent.Remittance r && r.destination() == Destination.UK) {
                inSpell.computeIfPresent(r.household(), (h, months) -> months + 1);
            } else if (e instanceof ModelEvent.Return r && r.destination() == Destination.UK) {
                Integer months = inSpell.remove(r.household());
                if (months != null && !twoAtOnce.remove(r.household())) {
                    spells.add(months);
                }
            }
        });
        assertTrue(spells.size() >= 20, "spells seen: " + spells.size());
        int longest = spells.stream().mapToInt(Integer::intValue).max().orElseThrow();
        assertEquals(maxStay, longest, "months with pay sent home in a spell, at most the visa's: " + spells);
        long full = spells.stream().filter(m -> m == maxStay).count();
        assertTrue(full > spells.size() / 2, "most holders work and send every month of the visa: " + spells);
    }
}
