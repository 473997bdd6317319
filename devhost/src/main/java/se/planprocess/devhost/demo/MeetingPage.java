package se.planprocess.devhost.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import se.planprocess.devhost.render.Html;

/** A meeting described with the six standard fields of the seeds, as a storage-format page with page properties. */
record MeetingPage(String title, LocalDate date, String kind, String deltagare, String syfte, String underlag, String mal,
                   String dokumentation, String fortsatt) {
    private static final DateTimeFormatter SWEDISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv"));

    String storage() {
        return "<p>" + Html.escape(kind) + " <time datetime=\"" + date + "\">" + Html.escape(SWEDISH_DATE.format(date))
                + "</time>.</p>"
                + "<ac:structured-macro ac:name=\"details\" ac:schema-version=\"1\"><ac:parameter ac:name=\"id\">mote</ac:parameter>"
                + "<ac:rich-text-body><table><tbody>"
                + row("Deltagare", deltagare) + row("Syfte", syfte) + row("Underlag", underlag) + row("Mål", mal)
                + row("Dokumentation av möte", dokumentation) + row("Fortsatt arbete", fortsatt)
                + "</tbody></table></ac:rich-text-body></ac:structured-macro>";
    }

    private static String row(String heading, String value) {
        return "<tr><th>" + Html.escape(heading) + "</th><td>" + Html.escape(value) + "</td></tr>";
    }
}
