package se.planprocess.confluence.export;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The XLSX written by fastexcel, read back with Apache POI (another library than the writer). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class XlsxExportWriterTest {
    private final XlsxExportWriter target = new XlsxExportWriter();
    private byte[] bytes;
    private XSSFSheet sheet;

    @BeforeAll
    void writeAndRead() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        target.write(HostileTable.table(), out);
        bytes = out.toByteArray();
        // 40,000 times "å" compresses 160:1, past POI's zip-bomb guard (100:1); this test's own file is trusted.
        ZipSecureFile.setMinInflateRatio(0.001);
        XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
        assertEquals(1, workbook.getNumberOfSheets());
        sheet = workbook.getSheetAt(0);
    }

    @Test
    void theSheet_isNamedAfterTheTitle_withoutTheCharactersExcelForbids() {
        assertEquals("Uppföljning 2025 RSAU sept", sheet.getSheetName());
    }

    @Test
    void theHeaderRow_isFrozen_andCarriesTheAutoFilterOverEveryRow() {
        PaneInformation pane = sheet.getPaneInformation();
        assertNotNull(pane, "no frozen pane");
        assertTrue(pane.isFreezePane(), "a frozen pane, not a split");
        assertEquals(1, pane.getHorizontalSplitPosition(), "rows above the split");
        assertEquals(0, pane.getVerticalSplitPosition(), "columns left of the split");
        assertEquals("A1:J" + (HostileTable.rows() + 1), sheet.getCTWorksheet().getAutoFilter().getRef());
        XSSFRow header = sheet.getRow(0);
        List<String> headers = new ArrayList<>();
        header.forEach(c -> headers.add(c.getStringCellValue()));
        assertEquals(List.of("Nämnd", "Dokument", "Titel", "Status", "Klart", "Sista dag", "Dagar sent", "Inkom",
                "Senast ändrad", "Länk"), headers);
        assertTrue(sheet.getWorkbook().getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold());
    }

    @Test
    void hostileTexts_areStringCells_withTheirValuesIntact() {
        for (int i = 0; i < HostileTable.HOSTILE.size(); i++) {
            XSSFRow row = sheet.getRow(i + 1);
            String hostile = HostileTable.HOSTILE.get(i);
            assertEquals(CellType.STRING, row.getCell(0).getCellType(), hostile);
            assertEquals(hostile, row.getCell(0).getStringCellValue());
            assertEquals(hostile, row.getCell(2).getStringCellValue());
            assertEquals("Återrapport", row.getCell(1).getStringCellValue());
        }
    }

    @Test
    void noCellIsAFormula_andTheSheetXmlHasNoFormulaElement() throws IOException {
        for (XSSFRow row : iterable(sheet)) {
            for (org.apache.poi.ss.usermodel.Cell cell : row) {
                assertFalse(cell.getCellType() == CellType.FORMULA, cell.getAddress() + " is a formula");
            }
        }
        String sheetXml = entry("xl/worksheets/sheet1.xml");
        assertFalse(sheetXml.contains("<f>") || sheetXml.contains("<f "), "a <f> element in sheet1.xml");
        assertTrue(sheetXml.contains("<sheetData>"), sheetXml.substring(0, Math.min(400, sheetXml.length())));
    }

    @Test
    void dates_areDateFormattedNumbers_andDaysLateIsANumber() {
        XSSFRow row = sheet.getRow(1);
        assertDate(row.getCell(5), HostileTable.DEADLINE.atStartOfDay());
        assertDate(row.getCell(7), HostileTable.REACHED.atStartOfDay());
        assertDate(row.getCell(8), HostileTable.CHANGED);
        assertEquals("yyyy-mm-dd", row.getCell(5).getCellStyle().getDataFormatString());
        assertEquals("yyyy-mm-dd hh:mm", row.getCell(8).getCellStyle().getDataFormatString());
        assertEquals(CellType.NUMERIC, row.getCell(6).getCellType());
        assertEquals(2.0, row.getCell(6).getNumericCellValue());
        assertFalse(DateUtil.isCellDateFormatted(row.getCell(6)), "days late is a plain number");
    }

    @Test
    void links_areHyperlinksToThePage_showingTheTitle() {
        XSSFCell link = sheet.getRow(1).getCell(9);
        assertEquals(CellType.STRING, link.getCellType());
        assertEquals(HostileTable.HOSTILE.get(0), link.getStringCellValue());
        assertNotNull(link.getHyperlink(), "no hyperlink");
        assertEquals(HostileTable.PAGE.toString(), link.getHyperlink().getAddress());
    }

    @Test
    void aCommitteeWithoutAReport_hasEmptyCells_butItsDeadlineAndDaysLate() {
        XSSFRow row = sheet.getRow(HostileTable.HOSTILE.size() + 1);
        assertEquals("Kulturnämnden", row.getCell(0).getStringCellValue());
        for (int c : new int[] {2, 3, 4, 7, 8, 9}) {
            XSSFCell cell = row.getCell(c);
            assertTrue(cell == null || cell.getCellType() == CellType.BLANK, "column " + c + ": " + cell);
        }
        assertDate(row.getCell(5), HostileTable.DEADLINE.atStartOfDay());
        assertEquals(1.0, row.getCell(6).getNumericCellValue());
    }

    @Test
    void aTextLongerThanExcelAllows_isCutAtItsLimit_withAnEllipsis() {
        XSSFRow row = sheet.getRow(HostileTable.rows());
        String title = row.getCell(2).getStringCellValue();
        assertEquals(32_767, title.length());
        assertTrue(title.endsWith("…") && title.startsWith("ååå"), title.substring(title.length() - 3));
        assertNull(row.getCell(6), "no days late for a document on time");
    }

    @Test
    void columnWidths_followTheContent_within8And60Characters() {
        for (int c = 0; c < 10; c++) {
            double chars = sheet.getColumnWidth(c) / 256.0;
            assertTrue(chars >= 8 && chars <= 61, "column " + c + ": " + chars);
        }
        assertTrue(sheet.getColumnWidth(2) / 256.0 >= 59, "the long title column is at the maximum");
        assertTrue(sheet.getColumnWidth(5) / 256.0 < 20, "a date column is narrow");
    }

    private static void assertDate(XSSFCell cell, java.time.LocalDateTime expected) {
        assertEquals(CellType.NUMERIC, cell.getCellType(), cell.getAddress().toString());
        assertTrue(DateUtil.isCellDateFormatted(cell), cell.getAddress() + " has no date format");
        assertEquals(expected, cell.getLocalDateTimeCellValue());
    }

    /** An entry of the workbook, read with java.util.zip.ZipFile (its entries have data descriptors). */
    private String entry(String name) throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("export", ".xlsx");
        try {
            java.nio.file.Files.write(file, bytes);
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                ZipEntry e = zip.getEntry(name);
                assertNotNull(e, name + " not in the workbook");
                return new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    private static Iterable<XSSFRow> iterable(XSSFSheet sheet) {
        List<XSSFRow> rows = new ArrayList<>();
        sheet.rowIterator().forEachRemaining(r -> rows.add((XSSFRow) r));
        assertEquals(HostileTable.rows() + 1, rows.size());
        return rows;
    }
}
