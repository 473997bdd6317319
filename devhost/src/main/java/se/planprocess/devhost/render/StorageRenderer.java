package se.planprocess.devhost.render;

import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Storage format (XHTML with ac:, ri:, at: elements) to view HTML: the plugin's macros, a few built-in macros,
 * page links; everything else as XHTML with text and attributes escaped and dangerous markup stripped.
 */
public final class StorageRenderer {
    private static final Logger LOG = LoggerFactory.getLogger(StorageRenderer.class);
    private static final Set<String> DROPPED = Set.of("script", "iframe", "object", "embed", "applet", "frame",
            "frameset", "base", "meta", "link", "style", "noscript", "template", "svg", "math", "form", "input",
            "button", "textarea", "select", "option", "title", "head", "html", "body");
    private static final Set<String> VOID = Set.of("br", "hr", "img", "col", "wbr", "area", "source", "track");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "background",
            "cite", "poster", "longdesc", "data", "usemap", "xlink:href");
    private static final String TOC_MARKER = "devhost-toc-placeholder";

    private final Function<String, Macro> pluginMacros;
    private final BundleI18nResolver messages;
    private final BiFunction<String, String, Optional<Long>> pageIds;
    private final String contextPath;

    public StorageRenderer(Function<String, Macro> pluginMacros, BundleI18nResolver messages,
                           BiFunction<String, String, Optional<Long>> pageIds, String contextPath) {
        this.pluginMacros = pluginMacros;
        this.messages = messages;
        this.pageIds = pageIds;
        this.contextPath = contextPath;
    }

    public String render(String storage, DevConversionContext context) {
        Document doc = Jsoup.parse(storage == null ? "" : storage, "", Parser.xmlParser());
        StringBuilder out = new StringBuilder();
        for (Node child : doc.childNodes()) {
            node(child, context, out);
        }
        String html = out.toString();
        return html.contains(TOC_MARKER) ? fillToc(html) : html;
    }

    private void children(Node parent, DevConversionContext context, StringBuilder out) {
        for (Node child : parent.childNodes()) {
            node(child, context, out);
        }
    }

    private void node(Node node, DevConversionContext context, StringBuilder out) {
        if (node instanceof TextNode text) {
            out.append(Html.escape(text.getWholeText()));
        } else if (node instanceof Element e) {
            element(e, context, out);
        }
    }

    private void element(Element e, DevConversionContext context, StringBuilder out) {
        String name = e.tagName();
        String lower = name.toLowerCase(Locale.ROOT);
        switch (lower) {
            case "ac:structured-macro", "ac:macro" -> macro(e, context, out);
            case "ac:placeholder", "at:declarations", "ac:parameter" -> {
                // not shown in view
            }
            case "ac:link" -> link(e, context, out);
            case "ac:image" -> image(e, out);
            case "ac:emoticon" -> out.append("<span class=\"emoticon\">")
                    .append(Html.escape(e.attr("ac:emoji-fallback").isEmpty() ? "(" + e.attr("ac:name") + ")"
                            : e.attr("ac:emoji-fallback"))).append("</span>");
            case "ac:task-list" -> {
                out.append("<ul class=\"inline-task-list\">");
                children(e, context, out);
                out.append("</ul>");
            }
            case "ac:task" -> task(e, context, out);
            default -> {
                if (lower.contains(":") || DROPPED.contains(lower)) {
                    if (!lower.contains(":") && Set.of("script", "style", "iframe", "object", "embed", "applet",
                            "noscript", "template", "svg", "math", "title", "option", "textarea").contains(lower)) {
                        return;
                    }
                    children(e, context, out);
                } else if (lower.matches("[a-z][a-z0-9]*")) {
                    plain(e, lower, context, out);
                } else {
                    children(e, context, out);
                }
            }
        }
    }

    private void plain(Element e, String name, DevConversionContext context, StringBuilder out) {
        out.append('<').append(name);
        for (Attribute a : e.attributes()) {
            String attr = a.getKey().toLowerCase(Locale.ROOT);
            if (safeAttribute(name, attr, a.getValue())) {
                out.append(' ').append(attr).append("=\"").append(Html.escape(a.getValue())).append('"');
            }
        }
        out.append('>');
        if (VOID.contains(name)) {
            return;
        }
        children(e, context, out);
        out.append("</").append(name).append('>');
    }

    static boolean safeAttribute(String element, String attr, String value) {
        if (!attr.matches("[a-z][a-z0-9_.-]*") || attr.startsWith("on") || attr.equals("srcdoc")) {
            return false;
        }
        String compact = value.replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(Locale.ROOT);
        if (URL_ATTRIBUTES.contains(attr)) {
            if (compact.startsWith("javascript:") || compact.startsWith("vbscript:")) {
                return false;
            }
            if (compact.startsWith("data:") && !("img".equals(element) && compact.startsWith("data:image/")
                    && !compact.startsWith("data:image/svg"))) {
                return false;
            }
        }
        if ("style".equals(attr)) {
            return !(compact.contains("expression(") || compact.contains("javascript:") || compact.contains("behavior:")
                    || compact.contains("-moz-binding"));
        }
        return true;
    }

    private void macro(Element e, DevConversionContext context, StringBuilder out) {
        String name = e.attr("ac:name");
        Map<String, String> params = new LinkedHashMap<>();
        Element richBody = null;
        String plainBody = null;
        for (Element child : e.children()) {
            switch (child.tagName()) {
                case "ac:parameter" -> params.put(child.attr("ac:name").isEmpty() ? "" : child.attr("ac:name"), child.text());
                case "ac:default-parameter" -> params.put("", child.text());
                case "ac:rich-text-body" -> richBody = child;
                case "ac:plain-text-body" -> plainBody = child.wholeText();
                default -> {
                    // ignored
                }
            }
        }
        Macro macro = pluginMacros.apply(name);
        if (macro != null) {
            String body = richBody != null ? renderChildren(richBody, context) : plainBody == null ? "" : plainBody;
            try {
                String html = macro.execute(params, body, context);
                out.append(html == null ? "" : html);
            } catch (MacroExecutionException | RuntimeException | LinkageError ex) {
                LOG.warn("Macro {} failed", name, ex);
                out.append(errorBox(name, ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage()));
            }
            return;
        }
        builtIn(name, params, richBody, plainBody, context, out);
    }

    private void builtIn(String name, Map<String, String> params, Element richBody, String plainBody,
                         DevConversionContext context, StringBuilder out) {
        switch (name) {
            case "status" -> {
                String colour = Optional.ofNullable(params.get("colour")).orElse(params.getOrDefault("color", "Grey"));
                String normalised = switch (colour.toLowerCase(Locale.ROOT)) {
                    case "green" -> "success";
                    case "red" -> "error";
                    case "yellow" -> "current";
                    case "blue" -> "complete";
                    default -> "default";
                };
                String title = params.getOrDefault("title", colour);
                boolean subtle = Boolean.parseBoolean(params.getOrDefault("subtle", "false"));
                out.append("<span class=\"status-macro aui-lozenge aui-lozenge-").append(normalised)
                        .append(subtle ? " aui-lozenge-subtle" : "").append("\">")
                        .append(Html.escape(title.toUpperCase(Locale.ROOT))).append("</span>");
            }
            case "info", "note", "warning", "tip" -> {
                out.append("<div class=\"confluence-information-macro confluence-information-macro-").append(name)
                        .append("\" role=\"note\">");
                if (params.containsKey("title") && !params.get("title").isBlank()) {
                    out.append("<p class=\"title\">").append(Html.escape(params.get("title"))).append("</p>");
                }
                out.append("<div class=\"confluence-information-macro-body\">")
                        .append(richBody == null ? "" : renderChildren(richBody, context)).append("</div></div>");
            }
            case "toc" -> out.append("<div class=\"").append(TOC_MARKER).append("\"></div>");
            case "details" -> {
                if (!Boolean.parseBoolean(params.getOrDefault("hidden", "false"))) {
                    out.append("<div class=\"plugin-tabmeta-details\">")
                            .append(richBody == null ? "" : renderChildren(richBody, context)).append("</div>");
                }
            }
            case "expand" -> out.append("<details class=\"expand-container\"><summary>")
                    .append(Html.escape(params.getOrDefault("title", messages.getText("devhost.macro.expand"))))
                    .append("</summary><div class=\"expand-content\">")
                    .append(richBody == null ? "" : renderChildren(richBody, context)).append("</div></details>");
            case "code", "noformat" -> out.append("<pre class=\"code\">").append(Html.escape(plainBody)).append("</pre>");
            default -> out.append(errorBox(name, messages.format(CurrentLocale.get(), "devhost.macro.unknown", name)));
        }
    }

    private String renderChildren(Element e, DevConversionContext context) {
        StringBuilder body = new StringBuilder();
        children(e, context, body);
        return body.toString();
    }

    /** Confluence's red box for a failed macro: the message escaped, never a stack trace. */
    public String errorBox(String macroName, String message) {
        return "<div class=\"aui-message aui-message-error conf-macro-error\" role=\"alert\"><p><strong>"
                + Html.escape(messages.format(CurrentLocale.get(), "devhost.macro.error", macroName))
                + "</strong> " + Html.escape(message) + "</p></div>";
    }

    private void link(Element e, DevConversionContext context, StringBuilder out) {
        Element page = e.selectFirst("ri|page");
        Element url = e.selectFirst("ri|url");
        String label = null;
        Element plainBody = e.selectFirst("ac|plain-text-link-body");
        Element richBody = e.selectFirst("ac|link-body");
        String bodyHtml = null;
        if (plainBody != null) {
            label = plainBody.wholeText();
        } else if (richBody != null) {
            bodyHtml = renderChildren(richBody, context);
        }
        if (page != null) {
            String spaceKey = page.attr("ri:space-key").isEmpty() ? context.spaceKey() : page.attr("ri:space-key");
            String title = page.attr("ri:content-title");
            String text = bodyHtml != null ? bodyHtml : Html.escape(label != null && !label.isEmpty() ? label : title);
            Optional<Long> id = pageIds.apply(spaceKey, title);
            if (id.isPresent()) {
                out.append("<a href=\"").append(Html.escape(contextPath + "/pages/viewpage.action?pageId=" + id.get()))
                        .append("\">").append(text).append("</a>");
            } else {
                out.append("<a class=\"createlink\" href=\"").append(Html.escape(contextPath
                                + "/pages/createpage.action?spaceKey=" + Urls.encode(spaceKey) + "&title=" + Urls.encode(title)))
                        .append("\">").append(text).append("</a>");
            }
        } else if (url != null && safeAttribute("a", "href", url.attr("ri:value"))) {
            out.append("<a href=\"").append(Html.escape(url.attr("ri:value"))).append("\">")
                    .append(bodyHtml != null ? bodyHtml : Html.escape(label != null ? label : url.attr("ri:value")))
                    .append("</a>");
        } else {
            out.append(bodyHtml != null ? bodyHtml : Html.escape(label == null ? "" : label));
        }
    }

    private void image(Element e, StringBuilder out) {
        Element url = e.selectFirst("ri|url");
        String alt = e.attr("ac:alt");
        if (url != null && safeAttribute("img", "src", url.attr("ri:value"))) {
            out.append("<img src=\"").append(Html.escape(url.attr("ri:value"))).append("\" alt=\"")
                    .append(Html.escape(alt)).append("\">");
        } else {
            Element attachment = e.selectFirst("ri|attachment");
            out.append("<span class=\"devhost-attachment\">[")
                    .append(Html.escape(attachment == null ? alt : attachment.attr("ri:filename"))).append("]</span>");
        }
    }

    private void task(Element e, DevConversionContext context, StringBuilder out) {
        Element status = e.selectFirst("ac|task-status");
        Element body = e.selectFirst("ac|task-body");
        boolean done = status != null && "complete".equals(status.text().trim());
        out.append("<li class=\"").append(done ? "checked" : "").append("\">").append(done ? "\u2611 " : "\u2610 ");
        if (body != null) {
            children(body, context, out);
        }
        out.append("</li>");
    }

    private String fillToc(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        StringBuilder toc = new StringBuilder("<nav class=\"toc-macro\" aria-label=\"")
                .append(Html.escape(messages.getText("devhost.macro.toc"))).append("\"><ul>");
        Set<String> used = new java.util.HashSet<>();
        for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
            String id = h.id();
            if (id.isEmpty()) {
                String base = h.text().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
                id = base.isEmpty() ? "rubrik" : base;
                String candidate = id;
                for (int i = 2; !used.add(candidate); i++) {
                    candidate = id + "-" + i;
                }
                id = candidate;
                h.attr("id", id);
            }
            toc.append("<li class=\"toc-level-").append(h.tagName().substring(1)).append("\"><a href=\"#")
                    .append(Html.escape(id)).append("\">").append(Html.escape(h.text())).append("</a></li>");
        }
        toc.append("</ul></nav>");
        for (Element marker : doc.select("div." + TOC_MARKER)) {
            marker.before(toc.toString());
            marker.remove();
        }
        doc.outputSettings().prettyPrint(false);
        return doc.body().html();
    }
}
