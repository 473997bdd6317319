/**
 * Exports of tables for people who continue in a spreadsheet: a typed model ({@link
 * se.planprocess.confluence.export.ExportTable}: columns of text, number, date, date-time or link, rows of typed
 * cells) and its two file formats, XLSX ({@link se.planprocess.confluence.export.XlsxExportWriter}, with the embedded
 * fastexcel library) and CSV for Swedish Excel ({@link se.planprocess.confluence.export.CsvExportWriter}).
 *
 * <p>An adapter, not a domain package: it uses a library. It may import only {@code java..} and
 * {@code org.dhatim.fastexcel..}: no Confluence, servlet, JAX-RS or JSON type and no other package of the app, so a
 * caller (the tracker) maps its own view to an {@code ExportTable} and hands it over (ExportPackageDependenciesTest).
 */
package se.planprocess.confluence.export;
