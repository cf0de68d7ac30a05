package org.fonds.parse.tei;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fonds.record.VolumePerson;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What a volume says of itself: its id ({@code frus1955-57v25}), its titles as the header gives them,
 * its distributor (the publisher readers know: the Office of the Historian), its year, and its list of
 * persons, each entry's name and identification as written.
 */
record VolumeHeader(String id, String completeTitle, String series, String subSeries, String volumeNumber,
                    String volumeTitle, String distributor, String year, Map<String, VolumePerson> persons) {
    /** The address of the volume's documents; a document's is this and its id ({@code d97}). */
    static final String HISTORICAL_DOCUMENTS = "https://history.state.gov/historicaldocuments/";

    static VolumeHeader read(Element tei) {
        String id = FrusText.xmlId(tei);
        Element header = FrusText.child(tei, "teiHeader");
        Map<String, String> titles = new LinkedHashMap<>();
        String distributor = "";
        String year = null;
        if (header != null) {
            for (Element t : FrusText.descendants(header, "title", null)) {
                titles.putIfAbsent(t.getAttribute("type"), FrusText.collapse(t.getTextContent()));
            }
            for (Element idno : FrusText.descendants(header, "idno", null)) {
                if (id.isEmpty() && idno.getAttribute("type").equals("frus")) id = FrusText.collapse(idno.getTextContent());
            }
            Element d = FrusText.first(header, "distributor");
            if (d != null) distributor = FrusText.collapse(d.getTextContent());
            for (Element date : FrusText.descendants(header, "date", null)) {
                if (year == null && date.getAttribute("type").equals("publication-date")) year = FrusText.collapse(date.getTextContent());
            }
        }
        if (id.isEmpty()) id = "tei-volume";
        id = id.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
        return new VolumeHeader(id, titles.getOrDefault("complete", ""), titles.getOrDefault("series", ""),
                titles.getOrDefault("sub-series", ""), titles.getOrDefault("volume-number", ""),
                titles.getOrDefault("volume", ""), distributor, year == null || year.isEmpty() ? null : year, persons(tei, id));
    }

    /** The title a citation gives: "Foreign Relations of the United States, 1955–1957, vol. XXV, Eastern Europe". */
    String citedTitle() {
        List<String> parts = new ArrayList<>();
        if (!series.isEmpty()) parts.add(series);
        if (!subSeries.isEmpty()) parts.add(subSeries);
        if (!volumeNumber.isEmpty()) parts.add(volumeNumber.replaceFirst("^Volume\\b", "vol."));
        if (!volumeTitle.isEmpty()) parts.add(volumeTitle);
        return parts.isEmpty() ? completeTitle : String.join(", ", parts);
    }

    String url() {
        return HISTORICAL_DOCUMENTS + id;
    }

    /**
     * Each {@code persName[@xml:id]} of the front matter's list of persons, by its xml:id: the name
     * ("Kádár, János") and what follows it in its item ("General Secretary of the Hungarian Workers' Party; ...").
     */
    private static Map<String, VolumePerson> persons(Element tei, String volumeId) {
        Map<String, VolumePerson> out = new LinkedHashMap<>();
        Element front = FrusText.first(tei, "front");
        if (front == null) return out;
        for (Element p : FrusText.descendants(front, "persName", null)) {
            String ref = FrusText.xmlId(p);
            if (ref.isEmpty()) continue;
            String name = FrusText.collapse(p.getTextContent());
            out.put(ref, new VolumePerson(volumeId + "#" + ref, name, identification(p)));
        }
        return out;
    }

    /** The item's text after the name (and the comma the bold run ends with). */
    private static String identification(Element persName) {
        Element item = persName;
        while (item != null && !"item".equals(item.getLocalName())) {
            item = item.getParentNode() instanceof Element parent ? parent : null;
        }
        if (item == null) return "";
        StringBuilder text = new StringBuilder();
        boolean after = false;
        for (Node n = item.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (after) text.append(n.getTextContent());
            else if (n == persName || (n instanceof Element e && contains(e, persName))) after = true;
        }
        return FrusText.collapse(text.toString()).replaceFirst("^[,;:]\\s*", "");
    }

    private static boolean contains(Element e, Node n) {
        for (Node p = n.getParentNode(); p != null; p = p.getParentNode()) if (p == e) return true;
        return false;
    }
}
