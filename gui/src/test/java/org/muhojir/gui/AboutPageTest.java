package org.muhojir.gui;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The Console's About page exists, explains the monthly steps in plain words and points to the ODD. */
class AboutPageTest {

    @Test
    void theAboutPageExplainsTheModelAndPointsToTheOdd() throws Exception {
        URL about = assertInstanceOf(URL.class, MuhojirWithUI.getInfo(), "the bundled about.html, not a fallback");
        String html;
        try (InputStream in = about.openStream()) {
            html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(html.contains("docs/ODD.md"), "points to the ODD");
        for (String step : new String[] {"Policies", "Migrants abroad", "Remittances", "Household budgets",
            "Decisions", "Accounting"}) {
            assertTrue(html.contains(step), "names the step: " + step);
        }
    }
}
