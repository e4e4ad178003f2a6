package org.muhojir.gui.lever;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a student types into a lever's field in the Model tab: read as typed, refused or set to the range's end. */
class LeverPropertiesTest {
    private final Levers levers = new Levers(LeversTest::baseline2025);
    private final List<String> said = new ArrayList<>();
    private final LeverProperties properties = new LeverProperties(levers, said::add);

    private int index(String name) {
        for (int i = 0; i < properties.numProperties(); i++) {
            if (properties.getName(i).equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no lever " + name);
    }

    /** Runs {@code entry} and gives what it wrote to standard error (MASON prints its stack traces there). */
    private static String errorOutputOf(Runnable entry) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true));
        try {
            entry.run();
        } finally {
            System.setErr(err);
        }
        return captured.toString();
    }

    @Test
    void textThatIsNotANumberLeavesTheLeverAndSaysWhatItTakesWithoutAStackTrace() {
        int raids = index("Raids in Russia (x)");
        String err = errorOutputOf(() -> assertNull(properties.setValue(raids, "abc")));
        assertEquals("", err);
        assertEquals(1, levers.getRaidIntensityInRussia());
        assertEquals(List.of("\"abc\" is not a number: Raids in Russia (x) stays at 1.0. Type a number from 0 to 10."),
                said);
        assertNull(properties.setValue(index("UK visas (a year)"), "NaN"));
        assertNull(properties.setValue(index("Korea quota (a year)"), "2.5")); // a quota is a whole number of places
        assertEquals("\"2.5\" is not a whole number: Korea quota (a year) stays at 0. Type a whole number from 0 to "
                + "50000.", said.get(2));
    }

    @Test
    void aNumberIsReadWithItsExponentAndEveryDigitAndClearsTheMessage() {
        assertEquals(2_500.0, properties.setValue(index("Patent fee (RUB a month)"), " 2.5e3 "));
        assertEquals(2_500, levers.getPatentFeeInRussia(), 0);
        assertEquals(List.of(""), said); // taken as typed: nothing to say
        said.clear();
        properties.setValue(index("Patent fee (RUB a month)"), "2500"); // what the field shows, echoed by its slider
        assertEquals(List.of(), said); // leaves the last message as it was
    }

    @Test
    void theSlidersValueIsReadInTheLocalesFormat() {
        java.util.Locale before = java.util.Locale.getDefault();
        java.util.Locale.setDefault(new java.util.Locale("ru", "RU")); // MASON's slider writes "2,5"
        try {
            String slider = new java.text.DecimalFormat().format(2.5);
            assertEquals(2.5, properties.setValue(index("Raids in Russia (x)"), slider));
        } finally {
            java.util.Locale.setDefault(before);
        }
        assertEquals(2.5, levers.getRaidIntensityInRussia());
        assertNull(properties.setValue(index("Raids in Russia (x)"), "2.5x")); // read whole, or not at all
    }

    @Test
    void aNumberBeyondTheRangeIsSetToItsNearerEndAndTheStudentIsTold() {
        assertEquals(10.0, properties.setValue(index("Transfer fee (%)"), "50"));
        assertEquals(10, levers.getTransferFeePercent(), 0);
        assertEquals(List.of("Transfer fee (%): 50 is above the most it takes, so it is set to 10. It takes a number "
                + "from 0 to 10."), said);
        properties.setValue(index("Roubles per dollar"), "0");
        assertEquals(20, levers.getRoublesPerDollar(), 0);
        assertEquals("Roubles per dollar: 0 is below the least it takes, so it is set to 20. It takes a number from 20 "
                + "to 300.", said.get(1));
    }
}
