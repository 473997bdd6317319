package se.planprocess.devhost.spring;

import com.atlassian.plugin.PluginParseException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The parts of a plugin's Spring XML the host honours: {@code osgi:reference} (Gemini Blueprint or Spring DM
 * namespace; attribute {@code interface} or nested {@code interfaces/value}) and {@code beans:bean}.
 */
public record SpringContextFile(String name, Long defaultTimeoutMillis, List<ServiceReference> references,
                                List<BeanDefinition> beans) {
    /** Gemini Blueprint's namespace and Spring DM's, whose {@code default-timeout} attribute the host reads. */
    static final List<String> OSGI_NAMESPACES = List.of("http://www.eclipse.org/gemini/blueprint/schema/blueprint",
            "http://www.springframework.org/schema/osgi");
    /** Gemini Blueprint's default wait for a missing mandatory service: 5 minutes. */
    public static final long GEMINI_DEFAULT_TIMEOUT_MILLIS = 300_000;

    /** An imported host service, with its own {@code timeout} attribute when it has one. */
    public record ServiceReference(String id, String interfaceName, Long timeoutMillis) {
    }

    /** A plugin bean, autowired by constructor. */
    public record BeanDefinition(String id, String className, String initMethod, String destroyMethod) {
    }

    public static SpringContextFile parse(String name, InputStream xml) {
        Element root;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            root = factory.newDocumentBuilder().parse(xml).getDocumentElement();
        } catch (Exception e) {
            throw new PluginParseException("Unreadable Spring context " + name + ": " + e.getMessage(), e);
        }
        List<ServiceReference> references = new ArrayList<>();
        List<BeanDefinition> beans = new ArrayList<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            String local = e.getLocalName();
            if ("reference".equals(local)) {
                references.add(new ServiceReference(e.getAttribute("id"), interfaceOf(name, e),
                        millis(name, e.getAttribute("timeout"))));
            } else if ("bean".equals(local)) {
                String className = e.getAttribute("class");
                if (className.isBlank()) {
                    throw new PluginParseException(name + ": bean '" + e.getAttribute("id") + "' has no class");
                }
                beans.add(new BeanDefinition(e.getAttribute("id").isBlank() ? className : e.getAttribute("id"),
                        className.trim(), blank(e.getAttribute("init-method")), blank(e.getAttribute("destroy-method"))));
            }
        }
        Long defaultTimeout = null;
        for (String namespace : OSGI_NAMESPACES) {
            if (root.hasAttributeNS(namespace, "default-timeout")) {
                defaultTimeout = millis(name, root.getAttributeNS(namespace, "default-timeout"));
            }
        }
        return new SpringContextFile(name, defaultTimeout, references, beans);
    }

    private static Long millis(String file, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new PluginParseException(file + ": timeout '" + value + "' is not a number of milliseconds");
        }
    }

    private static String interfaceOf(String file, Element reference) {
        if (!reference.getAttribute("interface").isBlank()) {
            return reference.getAttribute("interface").trim();
        }
        var values = reference.getElementsByTagNameNS("*", "value");
        if (values.getLength() > 0) {
            return values.item(0).getTextContent().trim();
        }
        throw new PluginParseException(file + ": osgi:reference '" + reference.getAttribute("id") + "' names no interface");
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
