package se.planprocess.confluence.process;

import java.util.Locale;
import java.util.Objects;

/** A text given in Swedish (the region's language, always present) and English (may fall back to Swedish). */
public record Bilingual(String sv, String en) {
    public Bilingual {
        Objects.requireNonNull(sv, "sv");
        if (en == null || en.isBlank()) {
            en = sv;
        }
    }

    public static Bilingual of(String sv, String en) {
        return new Bilingual(sv, en);
    }

    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : sv;
    }
}
