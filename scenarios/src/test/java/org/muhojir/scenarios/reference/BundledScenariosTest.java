package org.muhojir.scenarios.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The bundled scenarios' table names each by its description's first clause, whole. */
class BundledScenariosTest {
    @Test
    void theFirstClauseEndsAtAColonOrFullStopOutsideParentheses() {
        assertEquals("Tajikistan's answer to pressure in Russia, from January 2025, put to the test by a second "
                + "crackdown there from April 2026 (raid waves, mass expulsions and bans: russia-crackdown-2026)",
                BundledScenarios.firstClause("Tajikistan's answer to pressure in Russia, from January 2025, put to "
                        + "the test by a second crackdown there from April 2026 (raid waves, mass expulsions and bans: "
                        + "russia-crackdown-2026): 5,000 South Korean EPS places a year."));
        assertEquals("From January 2024 sending money home costs 1% (down from 2.5%)",
                BundledScenarios.firstClause("From January 2024 sending money home costs 1% (down from 2.5%). It "
                        + "tells the story: a small policy."));
        assertEquals("The world without Russia's crackdown of 2024-2025",
                BundledScenarios.firstClause("The world without Russia's crackdown of 2024-2025: a counterfactual."));
        assertEquals("No clause ends here", BundledScenarios.firstClause("No clause ends here"));
    }
}
