package se.planprocess.devhost.render;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** URL encoding of query and path values. */
public final class Urls {
    private Urls() {
    }

    public static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
