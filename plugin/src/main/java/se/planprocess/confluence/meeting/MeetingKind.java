package se.planprocess.confluence.meeting;

import java.util.Locale;
import java.util.Objects;
import se.planprocess.confluence.process.Bilingual;
import se.planprocess.confluence.process.UserText;

/**
 * A kind of meeting of the process (kickoff, styrdialog, …): its name, the six fields a new meeting page of the kind
 * starts with (in Swedish and English), whether it is held with one committee (a styrdialog: its page links the
 * committee's feedback report) and whether its page is minutes (header, attendance, numbered paragraphs, as seed
 * 003).
 */
public record MeetingKind(String key, Bilingual name, MeetingFields defaultsSv, MeetingFields defaultsEn,
                          boolean withCommittee, boolean minutes) {
    public static final int MAX_KEY = 40;
    public static final int MAX_NAME = 120;

    public MeetingKind {
        if (key == null || !key.matches("[a-z][a-z0-9-]{0," + (MAX_KEY - 1) + "}")) {
            throw new IllegalArgumentException("A meeting kind's key is a short lower-case word");
        }
        Objects.requireNonNull(name, "name");
        UserText.name(name.sv(), "nameSv", MAX_NAME);
        UserText.name(name.en(), "nameEn", MAX_NAME);
        Objects.requireNonNull(defaultsSv, "defaultsSv");
        Objects.requireNonNull(defaultsEn, "defaultsEn");
    }

    /** The fields a new page of this kind starts with, in the language of the page's author. */
    public MeetingFields defaults(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? defaultsEn : defaultsSv;
    }
}
