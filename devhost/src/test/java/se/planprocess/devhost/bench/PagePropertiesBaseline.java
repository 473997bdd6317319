package se.planprocess.devhost.bench;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.PartialList;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.LabelManager;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import se.planprocess.devhost.security.DevPermissionManager;
import se.planprocess.devhost.security.DevUser;
import se.planprocess.devhost.store.Database;
import se.planprocess.devhost.store.PageRecord;

/**
 * What a region can do without the app: a Page Properties Report. It finds the cycle's pages by label through an
 * index (one query), asks the host's permission manager about each page, reads each page's stored body and parses
 * the {@code Dokument} and {@code Status} rows of its Page Properties table with a streaming XML parser (StAX). No
 * rendering. The result is the count per (document, status) that the report's columns would show.
 */
final class PagePropertiesBaseline {
    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    private final Database db;
    private final DevPermissionManager permissions;

    private final LabelManager labels;

    PagePropertiesBaseline(Database db, DevPermissionManager permissions, LabelManager labels) {
        this.db = db;
        this.permissions = permissions;
        this.labels = labels;
    }

    /**
     * The same report as a macro in the host would make it, through the host's API only: the label's content from
     * {@code LabelManager#getContentForLabel} in pages of 500 (Confluence pages its label lists), the host's
     * {@code PermissionManager#hasPermission} for each page, each page's {@code getBodyAsString()} parsed with StAX.
     */
    Map<String, Integer> statusCountsThroughHost(DevUser user, String label) {
        Map<String, Integer> counts = new TreeMap<>();
        Label found = labels.getLabel(label);
        if (found == null) {
            return counts;
        }
        int offset = 0;
        while (true) {
            PartialList<ContentEntityObject> part = labels.getContentForLabel(offset, 500, found);
            for (ContentEntityObject content : part.getList()) {
                if (content instanceof Page page && page.isCurrent()
                        && permissions.hasPermission(user, Permission.VIEW, page)) {
                    String[] row = properties(page.getBodyAsString());
                    counts.merge(row[0] + "|" + row[1], 1, Integer::sum);
                }
            }
            offset += part.getCount();
            if (part.getCount() == 0 || offset >= part.getAvailable()) {
                return counts;
            }
        }
    }

    /** Counts by "document|status" over the pages with the label that the user may view. */
    Map<String, Integer> statusCounts(DevUser user, String label) {
        List<PageRecord> pages = db.query("SELECT P.PAGE_ID, P.SPACE_KEY, P.PARENT_ID, P.BODY FROM DEVHOST_LABEL L"
                        + " JOIN DEVHOST_PAGE P ON P.PAGE_ID = L.PAGE_ID WHERE L.LABEL = ? AND P.STATUS = ?",
                rs -> {
                    long parent = rs.getLong(3);
                    return new PageRecord(rs.getLong(1), rs.getString(2), rs.wasNull() ? null : parent, "",
                            rs.getString(4), 1, null, null, null, null, PageRecord.CURRENT);
                }, label, PageRecord.CURRENT);
        Map<String, Integer> counts = new TreeMap<>();
        for (PageRecord page : pages) {
            if (permissions.canViewPage(user, page)) {
                String[] row = properties(page.body());
                counts.merge(row[0] + "|" + row[1], 1, Integer::sum);
            }
        }
        return counts;
    }

    /** The {@code ac:name} attribute, however the parser splits a prefixed name when namespaces are off. */
    private static String macroParameterName(XMLStreamReader r) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (qualified(r.getAttributePrefix(i), r.getAttributeLocalName(i)).equals("ac:name")) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    private static String qualified(String prefix, String localName) {
        return prefix == null || prefix.isEmpty() ? localName : prefix + ":" + localName;
    }

    /** The {@code Dokument} and {@code Status} values of the first Page Properties table in the storage format. */
    static String[] properties(String storage) {
        String[] found = {"", ""};
        try {
            // storage format is an XML fragment with several roots and ac: prefixes: wrap it, no namespaces
            XMLStreamReader r = XML.createXMLStreamReader(new StringReader("<r>" + storage + "</r>"));
            String header = null;
            boolean inTh = false;
            boolean inTitle = false;
            StringBuilder text = new StringBuilder();
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = qualified(r.getPrefix(), r.getLocalName());
                    if (name.equals("th")) {
                        inTh = true;
                        text.setLength(0);
                    } else if (name.equals("td")) {
                        text.setLength(0);
                    } else if (name.equals("ac:parameter") && "title".equals(macroParameterName(r))) {
                        inTitle = true;
                        text.setLength(0);
                    }
                } else if (event == XMLStreamConstants.CHARACTERS) {
                    text.append(r.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = qualified(r.getPrefix(), r.getLocalName());
                    if (name.equals("th") && inTh) {
                        header = text.toString().trim();
                        inTh = false;
                    } else if (name.equals("ac:parameter") && inTitle && "Status".equals(header)) {
                        found[1] = text.toString().trim();
                        inTitle = false;
                    } else if (name.equals("td") && "Dokument".equals(header)) {
                        found[0] = text.toString().trim();
                    } else if (name.equals("table")) {
                        break;
                    }
                }
            }
            r.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("A report body that is not well-formed: " + e.getMessage(), e);
        }
        return found;
    }
}
