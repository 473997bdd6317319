package se.planprocess.devhost.plugin;

import com.atlassian.plugin.PluginParseException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Parses atlassian-plugin.xml into a {@link PluginDescriptor}; unknown module types are ignored. */
public final class DescriptorParser {
    private DescriptorParser() {
    }

    public static PluginDescriptor parse(InputStream xml) {
        Element root = parseXml(xml, false).getDocumentElement();
        if (!"atlassian-plugin".equals(root.getTagName())) {
            throw new PluginParseException("Root element must be atlassian-plugin, was " + root.getTagName());
        }
        String key = required(root, "key");
        if (key.contains("${")) {
            throw new PluginParseException("The plugin key is unfiltered (" + key + "): build the jar with Maven first");
        }
        Element info = child(root, "plugin-info");
        String version = info == null ? "" : text(child(info, "version"));
        String i18n = null;
        List<PluginDescriptor.Resource> downloads = new ArrayList<>();
        for (Element r : children(root, "resource")) {
            if ("i18n".equals(r.getAttribute("type"))) {
                i18n = r.getAttribute("location");
            } else {
                downloads.add(resource(r));
            }
        }
        Optional<PluginDescriptor.AoModule> ao = Optional.empty();
        List<PluginDescriptor.MacroModule> macros = new ArrayList<>();
        List<PluginDescriptor.RestModule> rests = new ArrayList<>();
        List<PluginDescriptor.ServletModule> servlets = new ArrayList<>();
        List<PluginDescriptor.WebResourceModule> webResources = new ArrayList<>();
        List<PluginDescriptor.WebItemModule> webItems = new ArrayList<>();
        List<PluginDescriptor.BlueprintModule> blueprints = new ArrayList<>();
        List<PluginDescriptor.ContentTemplateModule> templates = new ArrayList<>();
        List<PluginDescriptor.SpaceBlueprintModule> spaceBlueprints = new ArrayList<>();
        for (Element m : children(root, null)) {
            switch (m.getTagName()) {
                case "ao" -> ao = Optional.of(new PluginDescriptor.AoModule(m.getAttribute("key"),
                        blankToNull(m.getAttribute("namespace")), texts(m, "entity")));
                case "xhtml-macro" -> macros.add(new PluginDescriptor.MacroModule(required(m, "key"),
                        required(m, "name"), required(m, "class")));
                case "rest" -> rests.add(new PluginDescriptor.RestModule(required(m, "key"),
                        trimSlashes(required(m, "path")), required(m, "version"), texts(m, "package")));
                case "servlet" -> servlets.add(new PluginDescriptor.ServletModule(required(m, "key"),
                        required(m, "class"), texts(m, "url-pattern"), params(m, "init-param")));
                case "web-resource" -> webResources.add(new PluginDescriptor.WebResourceModule(required(m, "key"),
                        children(m, "resource").stream().map(DescriptorParser::resource).toList(),
                        texts(m, "dependency"), texts(m, "context"), transformations(m)));
                case "web-item" -> webItems.add(webItem(m));
                case "blueprint" -> blueprints.add(blueprint(m));
                case "content-template" -> templates.add(contentTemplate(m));
                case "space-blueprint" -> spaceBlueprints.add(spaceBlueprint(m));
                default -> {
                    // other module types are not used by the host
                }
            }
        }
        return new PluginDescriptor(key, root.getAttribute("name"), version, i18n, downloads, ao, macros, rests,
                servlets, webResources, webItems, blueprints, templates,
                spaceBlueprints);
    }

    private static Map<String, List<String>> transformations(Element webResource) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (Element t : children(webResource, "transformation")) {
            List<String> keys = new ArrayList<>(map.getOrDefault(t.getAttribute("extension").trim(), List.of()));
            for (Element transformer : children(t, "transformer")) {
                keys.add(transformer.getAttribute("key").trim());
            }
            map.put(t.getAttribute("extension").trim(), List.copyOf(keys));
        }
        return Map.copyOf(map);
    }

    private static PluginDescriptor.WebItemModule webItem(Element m) {
        Element description = child(m, "description");
        Element label = child(m, "label");
        Map<String, String> params = new LinkedHashMap<>();
        for (Element p : children(m, "param")) {
            params.put(p.getAttribute("name"), p.hasAttribute("value") ? p.getAttribute("value") : text(p));
        }
        String weight = m.getAttribute("weight");
        return new PluginDescriptor.WebItemModule(required(m, "key"), m.getAttribute("section"),
                blankToNull(m.getAttribute("i18n-name-key")) != null ? m.getAttribute("i18n-name-key")
                        : label == null ? null : blankToNull(label.getAttribute("key")),
                m.getAttribute("name"),
                description == null ? null : blankToNull(description.getAttribute("key")),
                description == null ? null : text(description),
                weight.isBlank() ? 100 : Integer.parseInt(weight.trim()), params,
                children(m, "resource").stream().map(DescriptorParser::resource).toList(),
                child(m, "link") == null ? null : blankToNull(text(child(m, "link")).trim()));
    }

    private static PluginDescriptor.BlueprintModule blueprint(Element m) {
        List<String> refs = new ArrayList<>();
        if (!m.getAttribute("content-template-key").isBlank()) {
            refs.add(m.getAttribute("content-template-key"));
        }
        for (Element ref : children(m, "content-template")) {
            refs.add(ref.getAttribute("ref"));
        }
        Optional<PluginDescriptor.DialogWizard> wizard = wizard(m);
        String createResult = m.getAttribute("create-result");
        return new PluginDescriptor.BlueprintModule(required(m, "key"), blankToNull(m.getAttribute("index-key")),
                blankToNull(m.getAttribute("i18n-name-key")), blankToNull(createResult), refs, wizard);
    }

    private static Optional<PluginDescriptor.DialogWizard> wizard(Element m) {
        return Optional.ofNullable(child(m, "dialog-wizard")).map(w ->
                new PluginDescriptor.DialogWizard(w.getAttribute("key"), children(w, "dialog-page").stream()
                        .map(p -> new PluginDescriptor.DialogPage(p.getAttribute("id"), p.getAttribute("template-key"),
                                blankToNull(p.getAttribute("title-key")),
                                blankToNull(p.getAttribute("description-header-key")),
                                blankToNull(p.getAttribute("description-content-key")),
                                Boolean.parseBoolean(p.getAttribute("last"))))
                        .toList()));
    }

    /** {@code <space-blueprint key i18n-name-key category>}: key and i18n-name-key are required (DAC). */
    private static PluginDescriptor.SpaceBlueprintModule spaceBlueprint(Element m) {
        Element home = child(m, "content-template");
        return new PluginDescriptor.SpaceBlueprintModule(required(m, "key"), required(m, "i18n-name-key"),
                blankToNull(m.getAttribute("category")), home == null ? null : blankToNull(home.getAttribute("ref")),
                wizard(m));
    }

    private static PluginDescriptor.ContentTemplateModule contentTemplate(Element m) {
        String location = children(m, "resource").stream().filter(r -> "template".equals(r.getAttribute("name")))
                .map(r -> r.getAttribute("location")).findFirst()
                .orElseThrow(() -> new PluginParseException("content-template " + m.getAttribute("key")
                        + " has no <resource name=\"template\">"));
        Element provider = child(m, "context-provider");
        return new PluginDescriptor.ContentTemplateModule(required(m, "key"), blankToNull(m.getAttribute("i18n-name-key")),
                location, provider == null ? null : required(provider, "class"),
                provider == null ? Map.of() : params(provider, "param"));
    }

    private static PluginDescriptor.Resource resource(Element r) {
        return new PluginDescriptor.Resource(r.getAttribute("type"), r.getAttribute("name"), r.getAttribute("location"));
    }

    static Document parseXml(InputStream xml, boolean namespaceAware) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(namespaceAware);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(xml);
        } catch (Exception e) {
            throw new PluginParseException("Unreadable XML: " + e.getMessage(), e);
        }
    }

    static List<Element> children(Element parent, String tag) {
        List<Element> list = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (tag == null || tag.equals(localName(e)))) {
                list.add(e);
            }
        }
        return list;
    }

    static String localName(Element e) {
        return e.getLocalName() != null ? e.getLocalName() : e.getTagName();
    }

    private static Element child(Element parent, String tag) {
        List<Element> list = children(parent, tag);
        return list.isEmpty() ? null : list.get(0);
    }

    private static List<String> texts(Element parent, String tag) {
        return children(parent, tag).stream().map(DescriptorParser::text).filter(s -> !s.isEmpty()).toList();
    }

    private static Map<String, String> params(Element parent, String tag) {
        Map<String, String> map = new LinkedHashMap<>();
        for (Element p : children(parent, tag)) {
            if (p.hasAttribute("name")) {
                map.put(p.getAttribute("name"), p.hasAttribute("value") ? p.getAttribute("value") : text(p));
            } else {
                Element name = child(p, "param-name");
                Element value = child(p, "param-value");
                if (name != null) {
                    map.put(text(name), value == null ? "" : text(value));
                }
            }
        }
        return map;
    }

    private static String text(Element e) {
        return e == null ? "" : e.getTextContent().trim();
    }

    private static String required(Element e, String attribute) {
        String value = e.getAttribute(attribute);
        if (value.isBlank()) {
            throw new PluginParseException("<" + e.getTagName() + "> needs the attribute " + attribute);
        }
        return value.trim();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String trimSlashes(String path) {
        return path.replaceAll("^/+", "").replaceAll("/+$", "");
    }
}
