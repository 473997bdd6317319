package se.planprocess.devhost.blueprint;

import com.atlassian.sal.api.message.I18nResolver;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Expands a content template (storage format) as the create-content plugin does: {@code <at:var at:name>} with the
 * escaped value (raw XHTML with {@code at:rawxhtml="true"}), {@code <at:i18n at:key>} translated, declarations
 * removed.
 */
public final class TemplateExpander {
    private TemplateExpander() {
    }

    public static String expand(String template, Map<String, Object> context, I18nResolver i18n) {
        Document doc = Jsoup.parse(template, "", Parser.xmlParser());
        doc.outputSettings().prettyPrint(false).syntax(Document.OutputSettings.Syntax.xml);
        doc.select("at|declarations").remove();
        for (Element var : doc.select("at|var")) {
            Object value = context.get(var.attr("at:name"));
            String text = value == null ? "" : value.toString();
            if ("true".equalsIgnoreCase(var.attr("at:rawxhtml"))) {
                // Raw XHTML becomes part of the page's storage format: parsed as XML, so its markup is markup.
                for (org.jsoup.nodes.Node node : Parser.parseXmlFragment(text, "")) {
                    var.before(node);
                }
            } else {
                var.before(new TextNode(text));
            }
            var.remove();
        }
        for (Element i18nElement : doc.select("at|i18n")) {
            i18nElement.before(new TextNode(i18n.getText(i18nElement.attr("at:key"))));
            i18nElement.remove();
        }
        return doc.outerHtml().trim();
    }
}
