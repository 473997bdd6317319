package se.planprocess.confluence.build;

/** An OSGi version range: {@code 1.2} (at least 1.2) or {@code [1.2,3)} / {@code (1,2]}. */
record VersionRange(int[] floor, boolean floorInclusive, int[] ceiling, boolean ceilingInclusive) {

    static VersionRange parse(String text) {
        String t = text.trim();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("Empty version range");
        }
        char first = t.charAt(0);
        if (first != '[' && first != '(') {
            return new VersionRange(version(t), true, null, false);
        }
        char last = t.charAt(t.length() - 1);
        if (last != ']' && last != ')') {
            throw new IllegalArgumentException("Bad version range " + text);
        }
        String[] bounds = t.substring(1, t.length() - 1).split(",");
        if (bounds.length != 2) {
            throw new IllegalArgumentException("Bad version range " + text);
        }
        VersionRange range = new VersionRange(version(bounds[0]), first == '[', version(bounds[1]), last == ']');
        if (compare(range.floor, range.ceiling) > 0) {
            throw new IllegalArgumentException("Empty version range " + text);
        }
        return range;
    }

    boolean includes(String versionText) {
        int[] v = version(versionText);
        int low = compare(v, floor);
        if (low < 0 || (low == 0 && !floorInclusive)) {
            return false;
        }
        if (ceiling == null) {
            return true;
        }
        int high = compare(v, ceiling);
        return high < 0 || (high == 0 && ceilingInclusive);
    }

    private static int[] version(String text) {
        String[] parts = text.trim().split("\\.");
        if (parts.length > 4) {
            throw new IllegalArgumentException("Bad version " + text);
        }
        int[] v = new int[3];
        for (int i = 0; i < Math.min(3, parts.length); i++) {
            v[i] = Integer.parseInt(parts[i]);
            if (v[i] < 0) {
                throw new IllegalArgumentException("Bad version " + text);
            }
        }
        return v;
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < 3; i++) {
            int c = Integer.compare(a[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
