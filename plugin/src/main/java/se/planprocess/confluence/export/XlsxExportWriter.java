package se.planprocess.confluence.export;

import org.dhatim.fastexcel.HyperLink;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * An XLSX workbook of one sheet, written with fastexcel (embedded in the bundle, see docs/architecture.md): the
 * header row in bold, frozen, with an auto filter over the header and every row; dates and date-times as numbers
 * with a date format (so Excel sorts and filters them as dates); numbers as numbers; links as hyperlinks showing
 * their text. Every text is a string cell, never a formula, so a value such as {@code =HYPERLINK(…)} stays text.
 *
 * <p>Excel's limits: a cell holds at most 32,767 characters (a longer text is cut and ends with "…"), a hyperlink's
 * address at most 2,079 (a longer one is written as text).
 */
public final class XlsxExportWriter {
    static final int MAX_CELL_TEXT = 32_767;
    static final int MAX_LINK = 2_079;
    static final String DATE_FORMAT = "yyyy-mm-dd";
    static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";
    static final double MIN_WIDTH = 8;
    static final double MAX_WIDTH = 60;

    /** Writes the workbook to {@code out} and leaves it open. */
    public void write(ExportTable table, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(new KeepOpen(out), "Planprocess", "1.0");
        Worksheet sheet = workbook.newWorksheet(table.sheetName());
        List<Column> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, text(columns.get(c).header()));
            sheet.style(0, c).bold().fillColor("DDEBF7").set();
        }
        List<List<Cell>> rows = table.rows();
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                write(sheet, r + 1, c, row.get(c));
            }
        }
        for (int c = 0; c < columns.size(); c++) {
            sheet.width(c, width(table, c));
        }
        sheet.freezePane(0, 1);
        sheet.setAutoFilter(0, 0, rows.size(), columns.size() - 1);
        workbook.finish();
        out.flush();
    }

    private static void write(Worksheet sheet, int r, int c, Cell cell) {
        if (cell instanceof Cell.Text text) {
            sheet.value(r, c, text(text.value()));
        } else if (cell instanceof Cell.Number number) {
            sheet.value(r, c, number.value());
        } else if (cell instanceof Cell.Date date) {
            sheet.value(r, c, date.value());
            sheet.style(r, c).format(DATE_FORMAT).set();
        } else if (cell instanceof Cell.DateTime dateTime) {
            sheet.value(r, c, dateTime.value()); // Excel's serial day number with the time as its fraction
            sheet.style(r, c).format(DATE_TIME_FORMAT).set();
        } else if (cell instanceof Cell.Link link) {
            String address = link.url().toASCIIString();
            if (address.length() <= MAX_LINK) {
                // fastexcel 0.19.0 writes the address into the relationship's Target attribute unescaped. An ASCII
                // URI cannot hold " < > (java.net.URI refuses them), and ' is harmless inside "…"; only & needs its
                // entity, or the file is broken. XlsxExportWriterTest reads such an address back with POI.
                sheet.hyperlink(r, c, HyperLink.external(address.replace("&", "&amp;"), text(link.text())));
                sheet.style(r, c).fontColor("0563C1").underlined().set();
            } else {
                sheet.value(r, c, text(link.url().toString()));
            }
        }
    }

    /** The text within Excel's cell limit, cut before a surrogate pair would be split. */
    static String text(String value) {
        if (value.length() <= MAX_CELL_TEXT) {
            return value;
        }
        int end = MAX_CELL_TEXT - 1;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + "…";
    }

    /** About the widest value in characters (header included), within 8 and 60; dates have their own width. */
    private static double width(ExportTable table, int c) {
        ColumnType type = table.columns().get(c).type();
        double widest = table.columns().get(c).header().length() + 4; // room for the filter button
        if (type == ColumnType.DATE) {
            widest = Math.max(widest, 12);
        } else if (type == ColumnType.DATE_TIME) {
            widest = Math.max(widest, 17);
        } else {
            for (List<Cell> row : table.rows()) {
                widest = Math.max(widest, shownLength(row.get(c)) + 2);
                if (widest >= MAX_WIDTH) {
                    break;
                }
            }
        }
        return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widest));
    }

    private static int shownLength(Cell cell) {
        if (cell instanceof Cell.Text text) {
            return longestLine(text.value());
        } else if (cell instanceof Cell.Link link) {
            return longestLine(link.text());
        } else if (cell instanceof Cell.Number number) {
            return number.value().toPlainString().length();
        }
        return 0;
    }

    private static int longestLine(String text) {
        int longest = 0;
        for (String line : text.split("\r\n|\r|\n", -1)) {
            longest = Math.max(longest, line.length());
        }
        return longest;
    }

    /** fastexcel closes the stream it writes to; the caller owns it (a servlet response, say). */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
