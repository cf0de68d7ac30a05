package org.fonds.parse.tei;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fonds.parse.Refusal;
import org.fonds.parse.RefusalCode;
import org.fonds.parse.decode.Decoder;
import org.fonds.record.ArchiveRecord;
import org.fonds.record.Description;
import org.fonds.record.PublishedIn;
import org.fonds.record.Warning;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads a TEI volume (a FRUS volume as the Office of the Historian publishes it) into its documents.
 * Thread-safe and stateless; never throws for any input.
 */
public final class TeiVolumes {
    /** The volume's own record's layout; its documents' is {@value FrusDocument#LAYOUT}. */
    public static final String VOLUME_LAYOUT = "frus-tei-volume";
    /** The document layout, for whoever must tell a volume's document from an export. */
    public static final String DOCUMENT_LAYOUT = FrusDocument.LAYOUT;
    /** How far into a file its root element must stand for the file to be taken as a TEI volume. */
    private static final int SNIFF = 16 * 1024;

    private TeiVolumes() {
    }

    /**
     * True when {@code bytes} are XML whose root is a TEI element: such a file is read as a volume,
     * and refused as one (with line and column) when it is not well-formed. A text export never starts
     * with an XML declaration or a TEI root.
     */
    public static boolean isVolume(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF), StandardCharsets.UTF_8);
        if (head.startsWith("\uFEFF")) head = head.substring(1);
        head = head.stripLeading();
        if (!head.startsWith("<?xml") && !head.startsWith("<!") && !head.startsWith("<TEI")) return false;
        return head.contains("<TEI") && head.contains("http://www.tei-c.org/ns/1.0");
    }

    public static VolumeOutcome read(byte[] bytes) {
        if (bytes.length > Decoder.MAX_BYTES) {
            return refuse(RefusalCode.TOO_LARGE, "file is " + bytes.length + " bytes, over the limit of " + Decoder.MAX_BYTES, 0, 0);
        }
        Document dom;
        try {
            dom = SafeXml.parse(bytes);
        } catch (SafeXml.XmlError e) {
            return refuse(e.doctype ? RefusalCode.XML_DTD : RefusalCode.XML_MALFORMED, e.getMessage(), e.line, e.column);
        }
        if (!"UTF-8".equalsIgnoreCase(dom.getInputEncoding())) {
            return refuse(RefusalCode.XML_MALFORMED, "a TEI volume must be UTF-8 (this one is " + dom.getInputEncoding() + ")", 1, 1);
        }
        try {
            return new VolumeOutcome.Read(volume(bytes, dom.getDocumentElement()));
        } catch (RuntimeException e) {
            return refuse(RefusalCode.XML_MALFORMED, "cannot read the volume: " + e, 0, 0);
        }
    }

    private static Volume volume(byte[] bytes, Element tei) {
        VolumeHeader header = VolumeHeader.read(tei);
        List<DivRanges.Range> ranges = DivRanges.of(bytes);
        List<Element> divs = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        walk(tei, divs, pages, new String[1]);
        if (ranges.size() != divs.size()) {
            throw new IllegalStateException(divs.size() + " document divs parsed but " + ranges.size() + " found in the bytes");
        }
        List<VolumeDocument> docs = new ArrayList<>();
        for (int i = 0; i < divs.size(); i++) {
            DivRanges.Range range = ranges.get(i);
            if (!range.id().equals(FrusText.xmlId(divs.get(i)))) {
                throw new IllegalStateException("document div " + range.id() + " parsed as " + FrusText.xmlId(divs.get(i)));
            }
            ArchiveRecord r = FrusDocument.read(header, divs.get(i), pages.get(i));
            docs.add(new VolumeDocument(Arrays.copyOfRange(bytes, range.start(), range.end()), r));
        }
        return new Volume(volumeRecord(header, docs.size()), docs);
    }

    /** Document divs in order, with the pages each stands on (the last page break before it to the last inside it). */
    private static void walk(Element e, List<Element> divs, List<String> pages, String[] page) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element child)) continue;
            String name = child.getLocalName();
            if (name.equals("body")) page[0] = null; // the front matter's pages number no document
            if (name.equals("pb")) {
                page[0] = child.getAttribute("n");
            } else if (name.equals("div") && "document".equals(child.getAttribute("type"))) {
                String first = page[0];
                divs.add(child);
                int at = pages.size();
                pages.add(null);
                walk(child, divs, pages, page);
                String last = page[0];
                pages.set(at, first == null || first.isEmpty() ? null : first.equals(last) ? first : first + "-" + last);
            } else {
                walk(child, divs, pages, page);
            }
        }
    }

    /** The volume as a record of its own: its title and publisher, and every person of its list. */
    private static ArchiveRecord volumeRecord(VolumeHeader h, int documents) {
        String title = h.completeTitle().isEmpty() ? h.citedTitle() : h.completeTitle();
        String summary = "TEI volume with " + documents + " document" + (documents == 1 ? "" : "s") + " and "
                + h.persons().size() + " persons in its list of persons.";
        ArchiveRecord r = new ArchiveRecord(h.id(), title, null, null, "", h.distributor(), h.url(), List.of(h.url()), h.id(),
                "", List.of(), null, new PublishedIn(h.citedTitle(), null, null, h.year()), summary, null, null, List.of(),
                List.of(), List.of(), List.of(), "", List.of(), List.of(), List.<Warning>of(), List.of());
        r = r.describedAs(new Description(VOLUME_LAYOUT, "other", List.of(), List.of(), null, null, List.of(), null));
        return r.withPersons(List.copyOf(h.persons().values()), List.of());
    }

    private static VolumeOutcome refuse(RefusalCode code, String message, int line, int column) {
        String where = line > 0 ? "line " + line + ", column " + column + ": " : "";
        return new VolumeOutcome.Refused(new Refusal(code, where + message, line));
    }
}
