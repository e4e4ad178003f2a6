package org.muhojir.scenarios.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JsonReaderTest {
    @Test
    void everyValueKnowsItsLineColumnAndPath() {
        JsonReader.Result r = JsonReader.read("f.json", """
                {
                  "a": [1, {"b": "x"}],
                  "South Korea": true
                }
                """);
        assertTrue(r.problems().isEmpty());
        Json.Obj root = (Json.Obj) r.tree();
        Json.Arr a = (Json.Arr) root.get("a");
        assertEquals(new Source("f.json", 2, 8, "$.a"), a.source());
        Json b = ((Json.Obj) a.items().get(1)).get("b");
        // line 2: `  "a": [1, {"b": "x"}],` - the value "x" starts at column 18 (two spaces, then 15 characters)
        assertEquals(new Source("f.json", 2, 18, "$.a[1].b"), b.source());
        assertEquals("$['South Korea']", root.get("South Korea").source().path());
    }

    @Test
    void aFieldGivenTwiceIsAProblem() {
        JsonReader.Result r = JsonReader.read("f.json", "{\"a\": 1,\n \"a\": 2}");
        assertEquals(1, r.problems().size());
        assertEquals(2, r.problems().get(0).source().line());
        assertTrue(r.problems().get(0).message().contains("given twice"));
    }

    @Test
    void brokenJsonGivesItsPositionAndNoTree() {
        JsonReader.Result r = JsonReader.read("f.json", "{\n  \"a\": 1,\n  \"b\" 2\n}");
        assertNull(r.tree());
        assertEquals(3, r.problems().get(0).source().line());
        assertTrue(r.problems().get(0).message().startsWith("broken JSON"));
    }

    @Test
    void aNumberNoDecimalHoldsIsAPlacedProblemAndNoTree() {
        JsonReader.Result r = JsonReader.read("f.json", "{\n  \"economy\": {\"creditMonths\": 1e9999999999}\n}");
        assertNull(r.tree());
        assertEquals(1, r.problems().size());
        assertEquals(new Source("f.json", 2, 31, "$.economy.creditMonths"), r.problems().get(0).source());
        assertTrue(r.problems().get(0).message().startsWith("the number 1e9999999999 cannot be read"),
                r.problems().get(0).message());
    }

    @Test
    void textWithHalfACharacterIsAProblemAtItsPlaceAndAWholeOneIsNot() {
        JsonReader.Result r = JsonReader.read("f.json", "{\"name\": \"x\\ud800y\", \"ok\": \"\\ud83d\\ude00\"}");
        assertEquals(1, r.problems().size(), r.problems().toString());
        assertEquals("$.name", r.problems().get(0).path());
        assertTrue(r.problems().get(0).message().startsWith("text with half of a character"));
    }
}
