package org.muhojir.scenarios.responses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The battery's table reads the same on every machine, whatever its locale. */
class ResponseTableTest {
    private static String table(Locale locale) {
        Expectation consul = ExpectationsFile.parse("test", List.of(
                "consul/deportations-russia | deportations | Russia | 2024 | relative | -0.55 to -0.4 | halved | ODD"))
                .get(0);
        // 12 checks, so that the count has two digits: a locale's own digits would show in it
        Check check = Check.of(consul, new double[] {-0.4715, -0.4815, -0.4915});
        Locale before = Locale.getDefault();
        StringWriter text = new StringWriter();
        try {
            Locale.setDefault(locale);
            ResponseTable.print(Collections.nCopies(12, check), new PrintWriter(text));
        } finally {
            Locale.setDefault(before);
        }
        return text.toString();
    }

    @Test
    void numbersAreWrittenWithADecimalPointAndWesternDigitsInEveryLocale() {
        String root = table(Locale.ROOT);
        assertEquals(root, table(Locale.FRANCE), "a decimal comma in France");
        assertEquals(root, table(Locale.forLanguageTag("ar-EG")), "Arabic-Indic digits in Egypt");
        String last = root.strip().lines().reduce((a, b) -> b).orElseThrow();
        assertEquals("12 expectations: 12 pass, 0 fail, 0 inconclusive", last);
        // mean -48.15%, sd 1 point, Student t(2) 4.303 x 1 / sqrt(3) = 2.48 points either side
        assertTrue(root.contains("-48.2%  [-50.6%, -45.7%]"), root);
    }
}
