package org.muhojir.scenarios.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestTest {
    @Test
    void levenshteinDistanceCountsEditsByHand() {
        // kitten -> sitten (substitute k) -> sittin (substitute e) -> sitting (insert g): 3 edits
        assertEquals(3, Suggest.distance("kitten", "sitting"));
        // enforcment -> enforcement: one insertion
        assertEquals(1, Suggest.distance("enforcment", "enforcement"));
        assertEquals(0, Suggest.distance("", ""));
        assertEquals(4, Suggest.distance("", "abcd"));
    }

    @Test
    void suggestsTheClosestKnownNameOrNothingWhenNoneIsClose() {
        List<String> known = List.of("entry", "costs", "labour", "enforcement");
        assertEquals("enforcement", Suggest.closest("enforcment", known));
        assertEquals("labour", Suggest.closest("labor", known));
        assertEquals("costs", Suggest.closest("COSTS", known));
        // "weather" is at least 5 edits from every name, more than a third of its length (2)
        assertNull(Suggest.closest("weather", known));
        assertEquals("", Suggest.didYouMean("weather", known));
        assertEquals(" Did you mean \"entry\"?", Suggest.didYouMean("entyr", known));
    }

    @Test
    void suggestsTheNameFilesUseForAnotherNameOfADestinationOrCurrency() {
        List<String> destinations = List.of("Russia", "Turkey", "South Korea", "UK", "USA");
        assertEquals("UK", Suggest.closest("United Kingdom", destinations));
        assertEquals("USA", Suggest.closest("united states", destinations));
        assertEquals("Turkey", Suggest.closest("Türkiye", destinations));
        assertEquals("TJS", Suggest.closest("Somoni", List.of("RUB", "KZT", "TJS")));
        // only a name that is known: "UK" is not among these
        assertNull(Suggest.closest("Britain", List.of("entry", "costs")));
    }

    @Test
    void suggestsTheOnlyNameThatHoldsAPartAsAWholeWord() {
        List<String> destinations = List.of("Russia", "Kazakhstan", "South Korea", "UK", "USA");
        assertEquals("South Korea", Suggest.closest("Korea", destinations));
        assertEquals("South Korea", Suggest.closest("korea", destinations));
        // "South" is a whole word of "South Korea" too; "Kore" is not a whole word of anything
        assertEquals("South Korea", Suggest.closest("South", destinations));
        assertNull(Suggest.closest("Kore a", destinations));
        // a part of two names suggests neither
        assertNull(Suggest.closest("Sea", List.of("North Sea", "Red Sea")));
    }
}
