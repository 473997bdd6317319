package se.planprocess.confluence.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * CSV for Swedish Excel: UTF-8 with a byte order mark (without it Excel reads the file as Windows-1252 and breaks
 * å, ä, ö), {@code ;} between fields (the list separator of Swedish Windows), CRLF after every record and quoting as
 * RFC 4180 §2 says (a field with {@code ;}, {@code "}, CR or LF is enclosed in double quotes, and a {@code "} inside
 * is doubled). Dates are {@code yyyy-MM-dd}, date-times {@code yyyy-MM-dd HH:mm}, numbers without grouping with a
 * decimal comma, links as their address.
 *
 * <p>Against formula injection, a text field that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return gets a leading {@code '} so that a spreadsheet shows it as text, as OWASP's "CSV Injection" page
 * (owasp.org/www-community/attacks/CSV_Injection) recommends. Numbers and dates are written by this class and are
 * never neutralised, so {@code -2} in a number column stays a number.
 */
public final class CsvExportWriter {
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    static final char SEPARATOR = ';';
    static final String LINE_END = "\r\n";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** Writes the header row and every row; flushes {@code out} and leaves it open. */
    public void write(ExportTable table, OutputStream out) throws IOException {
        out.write(BOM);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writeRecord(writer, table.columns().stream().map(c -> field(Cell.text(c.header()))).toList());
        for (List<Cell> row : table.rows()) {
            writeRecord(writer, row.stream().map(CsvExportWriter::field).toList());
        }
        writer.flush();
    }

    private static void writeRecord(Writer writer, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                writer.write(SEPARATOR);
            }
            writer.write(quoted(fields.get(i)));
        }
        writer.write(LINE_END);
    }

    private static String field(Cell cell) {
        if (cell instanceof Cell.Text text) {
            return neutralised(text.value());
        } else if (cell instanceof Cell.Link link) {
            return neutralised(link.url().toString());
        } else if (cell instanceof Cell.Number number) {
            return number.value().toPlainString().replace('.', ',');
        } else if (cell instanceof Cell.Date date) {
            return DATE.format(date.value());
        } else if (cell instanceof Cell.DateTime dateTime) {
            return DATE_TIME.format(dateTime.value());
        }
        return "";
    }

    /** The text with a leading {@code '} when a spreadsheet would take it for a formula (OWASP, CSV Injection). */
    static String neutralised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + text : text;
    }

    /** RFC 4180 §2.6 and §2.7: enclosed in quotes when needed, inner quotes doubled. */
    static String quoted(String field) {
        boolean needs = field.indexOf(SEPARATOR) >= 0 || field.indexOf('"') >= 0 || field.indexOf('\r') >= 0
                || field.indexOf('\n') >= 0;
        return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
