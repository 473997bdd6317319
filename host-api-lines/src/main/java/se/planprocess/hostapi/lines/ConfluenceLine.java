package se.planprocess.hostapi.lines;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Confluence release line, {@code major.minor} ("9.2", "10.0"), ordered by version. */
record ConfluenceLine(int major, int minor) implements Comparable<ConfluenceLine> {
    private static final Pattern FORM = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})");

    static ConfluenceLine parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("A Confluence line is major.minor, e.g. 10.0; got: " + text);
        }
        return new ConfluenceLine(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    boolean isAtLeast(ConfluenceLine other) {
        return compareTo(other) >= 0;
    }

    @Override
    public int compareTo(ConfluenceLine other) {
        return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
