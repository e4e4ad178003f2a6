package org.muhojir.scenarios.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The report's writer escapes every text and attribute value: a scenario name cannot inject markup. */
class HtmlTest {
    @Test
    void textAndAttributeValuesAreEscaped() {
        String name = "raids <script>alert(\"x\")</script> & more";
        String html = new Html().open("div", "aria-label", name).element("h3", name).close("div").toString();
        assertEquals("<div aria-label=\"raids &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more\">"
                + "<h3>raids &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more</h3></div>", html);
    }

    @Test
    void attributesComeInPairs() {
        assertThrows(IllegalArgumentException.class, () -> new Html().open("td", "class"));
    }
}
