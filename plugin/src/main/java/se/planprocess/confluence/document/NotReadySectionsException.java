package se.planprocess.confluence.document;

import se.planprocess.confluence.process.Bilingual;
import se.planprocess.confluence.report.ReportSection;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * A step into the status by which every section is meant to be ready, with sections not ready and without the
 * user's confirmation. Nothing has been written. The message names how many sections are not ready, of how many,
 * which ones and the status, in the user's language ({@link #messageArguments}).
 */
public class NotReadySectionsException extends DocumentException {
    private final transient List<ReportSection> notReady;
    private final int total;
    private final transient Bilingual status;

    public NotReadySectionsException(List<ReportSection> notReady, int total, Bilingual status) {
        super(Problem.NOT_READY_SECTIONS, notReady.size(), total);
        this.notReady = List.copyOf(notReady);
        this.total = total;
        this.status = status;
    }

    /** The sections not ready, in the template's order. */
    public List<ReportSection> notReady() {
        return notReady;
    }

    public int total() {
        return total;
    }

    /**
     * The arguments of {@link Problem#NOT_READY_SECTIONS}'s message: how many are not ready, of how many, their
     * headings joined, the status's name.
     */
    public Serializable[] messageArguments(Locale locale) {
        return new Serializable[] {notReady.size(), total, headings(locale), status.in(locale)};
    }

    /** The headings of the sections not ready, in the user's language, separated by "; " (headings hold commas). */
    public String headings(Locale locale) {
        return String.join("; ", notReady.stream().map(s -> s.heading().in(locale)).toList());
    }
}
