package org.muhojir.scenarios.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTest {
    @Test
    void numbersAreWrittenInFullWithoutExponents() {
        assertEquals("12345678", Numbers.csv(1.2345678E7));
        assertEquals("0.00001", Numbers.csv(1.0E-5));
        assertEquals("-0.25", Numbers.csv(-0.25));
        assertEquals("", Numbers.csv(Double.NaN));
    }

    @Test
    void cellsAreQuotedOnlyWhenTheyHoldACommaAQuoteOrALineBreak(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.csv");
        try (CSVPrinter p = Csv.open(file, List.of("a", "b", "c", "d"))) {
            p.printRecord("my policy, v2", "say \"hi\"", "South Korea", "");
            p.printRecord("baseline", "-0.25", "line\nbreak", "x");
        }
        assertEquals("a,b,c,d\n\"my policy, v2\",\"say \"\"hi\"\"\",South Korea,\nbaseline,-0.25,\"line\nbreak\",x\n",
                Files.readString(file, StandardCharsets.UTF_8));
        assertEquals("\"a,b\"", Csv.cell("a,b"));
        assertEquals("plain", Csv.cell("plain"));
    }
}
