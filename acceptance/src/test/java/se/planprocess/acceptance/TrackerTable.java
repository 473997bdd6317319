package se.planprocess.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The tracker as people get it: its table on a page (rows, cells, totals), its JSON, and its XLSX and CSV exports
 * read back (the XLSX with Apache POI), each as one user.
 */
final class TrackerTable {
    static final String API = "/rest/planprocess/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    private TrackerTable() {
    }

    /** The tracker table on the open page whose caption names {@code cycleName}. */
    static WebElement on(Session session, String cycleName) {
        return session.all("table.pp-tracker__table").stream()
                .filter(t -> t.findElement(By.tagName("caption")).getText().contains(cycleName))
                .findFirst().orElseThrow(() -> new AssertionError("no tracker for " + cycleName));
    }

    /**
     * The latest status changes listed below this tracker, each entry as one line of text; empty when the list says
     * there are none.
     */
    static List<String> latestChanges(WebElement table) {
        return changesSection(table).findElements(By.cssSelector("ol.pp-changes > li")).stream()
                .map(li -> li.getText().replace('\n', ' ')).toList();
    }

    /** The section of this tracker with the latest status changes (its heading, its list or its empty text). */
    static WebElement changesSection(WebElement table) {
        return table.findElement(By.xpath("ancestor::div[contains(concat(' ', @class, ' '), ' pp-tracker ')][1]"))
                .findElement(By.cssSelector(".pp-tracker__changes"));
    }

    static List<String> committees(WebElement table) {
        return table.findElements(By.cssSelector("tbody th[scope=row]")).stream().map(WebElement::getText).toList();
    }

    /** The first cell of the committee's row as one line; empty when the table has no such row. */
    static Optional<String> cell(WebElement table, String committee) {
        for (WebElement row : table.findElements(By.cssSelector("tbody tr"))) {
            if (row.findElement(By.cssSelector("th")).getText().equals(committee)) {
                return Optional.of(row.findElements(By.cssSelector("td")).get(0).getText().replace('\n', ' '));
            }
        }
        return Optional.empty();
    }

    static String cellOf(WebElement table, String committee) {
        return cell(table, committee).orElseThrow(() -> new AssertionError("no row for " + committee));
    }

    /** The summary line above the table ("4 av 8 nämnder ligger efter. I dag är det …") of this tracker. */
    static String summary(WebElement table) {
        return table.findElement(By.xpath("ancestor::div[contains(concat(' ', @class, ' '), ' pp-tracker ')][1]"))
                .findElement(By.cssSelector(".pp-tracker__summary")).getText();
    }

    /**
     * The first cell of the committee's row as one line, as written in the page (lozenges are upper case on screen
     * only); see {@link #cellOf}.
     */
    static String cellText(WebElement table, String committee) {
        for (WebElement row : table.findElements(By.cssSelector("tbody tr"))) {
            if (row.findElement(By.cssSelector("th")).getText().equals(committee)) {
                return row.findElements(By.cssSelector("td")).get(0).getAttribute("textContent")
                        .replaceAll("\\s+", " ").strip();
            }
        }
        throw new AssertionError("no row for " + committee);
    }

    /** The first column's total, e.g. "3 av 7 har nått Inskickad · 4 ligger efter". */
    static String firstTotal(WebElement table) {
        return table.findElement(By.cssSelector("tfoot td")).getText();
    }

    /**
     * Writes a page with a tracker of {@code cycleKey} in the host's editor (storage format as text) and returns its
     * path for {@link Session#open}.
     */
    static String writeTrackerPage(Session session, String spaceKey, String title, String cycleKey) {
        return writeTrackerPage(session, spaceKey, title, cycleKey, Map.of());
    }

    /** As {@link #writeTrackerPage(Session, String, String, String)}, with more macro parameters (plain values). */
    static String writeTrackerPage(Session session, String spaceKey, String title, String cycleKey,
                                   Map<String, String> parameters) {
        StringBuilder macro = new StringBuilder("<ac:structured-macro ac:name=\"planprocess-tracker\""
                + " ac:schema-version=\"1\"><ac:parameter ac:name=\"cycle\">" + cycleKey + "</ac:parameter>");
        new TreeMap<>(parameters).forEach((name, value) -> macro.append("<ac:parameter ac:name=\"").append(name)
                .append("\">").append(value).append("</ac:parameter>"));
        macro.append("</ac:structured-macro>");
        session.open("/pages/createpage.action?spaceKey=" + spaceKey);
        session.find("#content-title").sendKeys(title);
        session.script("arguments[0].value = arguments[1];", session.find("#wysiwygTextarea"), macro.toString());
        session.saveEditor();
        assertEquals(title, session.text("#title-text"));
        return "/display/" + spaceKey + "/" + java.net.URLEncoder.encode(title, StandardCharsets.UTF_8);
    }

    /** Creates a cycle of the regionplan template as ekonomistaben and returns its JSON (id, key, …). */
    static JsonNode createCycle(String body) {
        HttpResponse<String> created = Rest.postJson("ekonomi", API + "/admin/cycles", body);
        assertEquals(200, created.statusCode(), created.body());
        return read(created.body());
    }

    static JsonNode json(String user, String cycle) {
        return query(user, "cycle=" + cycle);
    }

    /** The tracker's JSON for a query string as the REST API takes it ({@code cycle=…&phase=…}). */
    static JsonNode query(String user, String query) {
        HttpResponse<String> response = Rest.get(user, API + "/tracker?" + query);
        assertEquals(200, response.statusCode(), response.body());
        return read(response.body());
    }

    /**
     * Committee · kind · title of every cell the JSON requires, in its order: what the export has a row for (the kind
     * by the deliverable's name, an empty title for a cell without a document).
     */
    static List<String> jsonLines(JsonNode tracker) {
        java.util.Map<String, String> kindNames = new java.util.HashMap<>();
        tracker.get("deliverables").forEach(d -> kindNames.put(d.get("kind").asText(), d.get("name").asText()));
        List<String> lines = new ArrayList<>();
        tracker.get("rows").forEach(row -> row.get("cells").forEach(cell -> {
            if (!"not-required".equals(cell.get("state").asText())) {
                lines.add(row.at("/committee/name").asText() + " · " + kindNames.get(cell.get("kind").asText()) + " · "
                        + (cell.hasNonNull("title") ? cell.get("title").asText() : ""));
            }
        }));
        return lines;
    }

    /** Committee · kind · title of every row of an XLSX export, below its header. */
    static List<String> xlsxLines(byte[] workbook) {
        List<List<XlsxCell>> rows = xlsx(workbook);
        assertEquals("Nämnd", rows.get(0).get(0).text());
        List<String> lines = new ArrayList<>();
        for (List<XlsxCell> row : rows.subList(1, rows.size())) {
            lines.add(row.get(0).text() + " · " + row.get(1).text() + " · " + (row.size() > 2 ? row.get(2).text() : ""));
        }
        return lines;
    }

    /** The JSON row of a committee (by space key), if the user's tracker has it. */
    static Optional<JsonNode> row(JsonNode tracker, String spaceKey) {
        for (JsonNode row : tracker.get("rows")) {
            if (spaceKey.equals(row.at("/committee/spaceKey").asText())) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    static byte[] export(String user, String cycle, String format) {
        HttpResponse<byte[]> download = Rest.getBytes(user, API + "/tracker/export?cycle=" + cycle
                + (format == null ? "" : "&format=" + format));
        assertEquals(200, download.statusCode(), new String(download.body(), StandardCharsets.UTF_8));
        return download.body();
    }

    /** One XLSX cell as read back: its type as POI reports it and its text. */
    record XlsxCell(CellType type, String text) {
    }

    /** Every row of the first sheet (the header row first), each cell's type and text. */
    static List<List<XlsxCell>> xlsx(byte[] workbook) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            List<List<XlsxCell>> rows = new ArrayList<>();
            for (Row row : book.getSheetAt(0)) {
                List<XlsxCell> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    var cell = row.getCell(c);
                    if (cell == null) {
                        cells.add(new XlsxCell(CellType.BLANK, ""));
                    } else if (cell.getCellType() == CellType.STRING) {
                        cells.add(new XlsxCell(CellType.STRING, cell.getStringCellValue()));
                    } else if (cell.getCellType() == CellType.FORMULA) {
                        cells.add(new XlsxCell(CellType.FORMULA, cell.getCellFormula()));
                    } else {
                        cells.add(new XlsxCell(cell.getCellType(), cell.toString()));
                    }
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CSV's records split at {@code ;} outside quotes, without the BOM; quotes kept as written. */
    static List<String> csvLines(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return Arrays.asList(text.split("\r\n"));
    }

    static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
