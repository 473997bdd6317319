package se.planprocess.confluence.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CSV for Swedish Excel, read back with Apache Commons CSV in the same dialect. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CsvExportWriterTest {
    private final CsvExportWriter target = new CsvExportWriter();
    private byte[] bytes;
    private String text;
    private List<CSVRecord> records;

    @BeforeAll
    void writeAndRead() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        target.write(HostileTable.table(), out);
        bytes = out.toByteArray();
        text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        CSVFormat dialect = CSVFormat.RFC4180.builder().setDelimiter(';').get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), dialect)) {
            records = parser.getRecords();
        }
    }

    @Test
    void theFile_startsWithTheUtf8ByteOrderMark_andKeepsSwedishCharacters() {
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        assertTrue(text.startsWith("Nämnd;Dokument;Titel;Status;Klart;Sista dag;Dagar sent;Inkom;Senast ändrad;Länk\r\n"),
                text.substring(0, 120));
        assertEquals(HostileTable.rows() + 1, records.size());
        assertEquals(HostileTable.LONG, records.get(HostileTable.rows()).get(2), "a long text is kept whole");
    }

    @Test
    void everyRecord_endsWithCrLf_andHasOneFieldPerColumn() {
        assertTrue(text.endsWith("\r\n"));
        String withoutQuotedBreaks = text.replace("rad ett\r\nrad två", "").replace("\"\rretur", "");
        assertEquals(withoutQuotedBreaks.split("\r\n", -1).length - 1,
                withoutQuotedBreaks.split("\n", -1).length - 1, "a bare LF outside quotes");
        records.forEach(r -> assertEquals(10, r.size(), r.toString()));
    }

    @Test
    void formulaLikeTexts_getALeadingApostrophe_asOwaspRecommends() {
        List<String> expected = List.of("'=HYPERLINK(\"http://evil\")", "'+1", "'-2", "'@SUM(A1)",
                "<script>alert(1)</script>", "rad ett\r\nrad två", "Nämnden för Åland; \"citat\" och ö",
                "'\tflik först", "'\rretur först", "vanlig text");
        for (int i = 0; i < expected.size(); i++) {
            CSVRecord record = records.get(i + 1);
            assertEquals(expected.get(i), record.get(0), "committee");
            assertEquals(expected.get(i), record.get(2), "title");
        }
    }

    @Test
    void fieldsWithSeparatorQuoteOrLineBreak_areQuoted_withInnerQuotesDoubled() {
        assertTrue(text.contains(";\"Nämnden för Åland; \"\"citat\"\" och ö\";"), "quoted with ; and \"");
        assertTrue(text.contains(";\"rad ett\r\nrad två\";"), "quoted with CRLF inside");
        assertTrue(text.contains("\"'=HYPERLINK(\"\"http://evil\"\")\";"), "neutralised, then quoted");
        assertTrue(text.contains("\r\n'+1;Återrapport;'+1;"), "no quotes where none are needed");
    }

    @Test
    void datesAreIso_numbersArePlain_andLinksAreTheirAddress() {
        CSVRecord first = records.get(1);
        assertEquals("2024-09-26", first.get(5));
        assertEquals("2", first.get(6));
        assertEquals("2024-09-28", first.get(7));
        assertEquals("2024-09-28 14:05", first.get(8));
        assertEquals(HostileTable.PAGE.toString(), first.get(9));
        CSVRecord missing = records.get(HostileTable.HOSTILE.size() + 1);
        assertEquals(List.of("Kulturnämnden", "Återrapport", "", "", "", "2024-09-26", "1", "", "", ""),
                missing.toList());
    }

    @Test
    void aNegativeNumber_staysANumber_whileANegativeLookingText_isNeutralised() throws IOException {
        ExportTable table = ExportTable.builder("t").number("n").text("t")
                .row(Cell.number(-2), Cell.text("-2")).row(Cell.number(new java.math.BigDecimal("1.5")), Cell.empty())
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        target.write(table, out);
        assertEquals("n;t\r\n-2;'-2\r\n1,5;\r\n",
                new String(out.toByteArray(), 3, out.size() - 3, StandardCharsets.UTF_8));
    }
}
