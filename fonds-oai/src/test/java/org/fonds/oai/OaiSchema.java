package org.fonds.oai;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Checks a response against the rules of the OAI-PMH 2.0 schema (OAI-PMH.xsd, 2004-10-12) and of
 * oai_dc.xsd, written out here because this machine cannot reach openarchives.org to fetch the
 * schema files: element order and cardinality, the pattern of every datestamp, setSpec, email and
 * metadataPrefix, the enumerations, the request element's attributes, and that oai_dc holds only
 * the fifteen Dublin Core elements with text content. Returns the problems, none when it conforms.
 */
final class OaiSchema {
    static final String OAI = "http://www.openarchives.org/OAI/2.0/";
    static final String OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final Pattern UTC = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z)?");
    private static final Pattern SET_SPEC = Pattern.compile("([A-Za-z0-9\\-_.!~*'()])+(:[A-Za-z0-9\\-_.!~*'()]+)*");
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9\\-_.!~*'()]+");
    private static final Pattern EMAIL = Pattern.compile("\\S+@(\\S+\\.)+\\S+");
    private static final Set<String> VERBS = Set.of("Identify", "ListMetadataFormats", "ListSets", "GetRecord",
            "ListIdentifiers", "ListRecords");
    private static final Set<String> CODES = Set.of("cannotDisseminateFormat", "idDoesNotExist", "badArgument", "badVerb",
            "noMetadataFormats", "noRecordsMatch", "badResumptionToken", "noSetHierarchy");
    private static final Set<String> DC_ELEMENTS = Set.of("title", "creator", "subject", "description", "publisher",
            "contributor", "date", "type", "format", "identifier", "source", "language", "relation", "coverage", "rights");

    private final List<String> problems = new ArrayList<>();

    private OaiSchema() {
    }

    static List<String> problems(String xml) {
        OaiSchema check = new OaiSchema();
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            check.root(doc.getDocumentElement());
        } catch (Exception e) {
            check.problems.add("not well-formed XML: " + e.getMessage());
        }
        return check.problems;
    }

    private void root(Element root) {
        expect(root, OAI, "OAI-PMH");
        List<Element> kids = children(root);
        if (kids.size() < 3) {
            problems.add("OAI-PMH needs responseDate, request and a verb element or errors, has " + names(kids));
            return;
        }
        expect(kids.get(0), OAI, "responseDate");
        pattern(kids.get(0).getTextContent(), Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"), "responseDate");
        request(kids.get(1));
        List<Element> rest = kids.subList(2, kids.size());
        if (rest.stream().allMatch(e -> e.getLocalName().equals("error"))) {
            for (Element e : rest) {
                expect(e, OAI, "error");
                if (!CODES.contains(e.getAttribute("code"))) problems.add("unknown error code " + e.getAttribute("code"));
                noChildren(e);
            }
            return;
        }
        if (rest.size() != 1) problems.add("one verb element expected, got " + names(rest));
        Element body = rest.get(0);
        String verb = kids.get(1).getAttribute("verb");
        if (!verb.equals(body.getLocalName())) problems.add("the request says " + verb + " but the response is " + body.getLocalName());
        switch (body.getLocalName()) {
            case "Identify" -> identify(body);
            case "ListMetadataFormats" -> formats(body);
            case "ListSets" -> list(body, "set", this::set);
            case "GetRecord" -> {
                List<Element> records = children(body);
                if (records.size() != 1) problems.add("GetRecord holds one record, has " + names(records));
                records.forEach(this::record);
            }
            case "ListIdentifiers" -> list(body, "header", this::header);
            case "ListRecords" -> list(body, "record", this::record);
            default -> problems.add("unknown element " + body.getLocalName());
        }
    }

    private void request(Element request) {
        expect(request, OAI, "request");
        NamedNodeMap attrs = request.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            String v = a.getValue();
            switch (a.getName()) {
                case "verb" -> { if (!VERBS.contains(v)) problems.add("request verb " + v); }
                case "identifier", "resumptionToken" -> { }
                case "metadataPrefix" -> pattern(v, PREFIX, "request metadataPrefix");
                case "from", "until" -> pattern(v, UTC, "request " + a.getName());
                case "set" -> pattern(v, SET_SPEC, "request set");
                default -> problems.add("request attribute " + a.getName() + " is not in the schema");
            }
        }
        if (request.getTextContent().isBlank()) problems.add("request holds no base URL");
        noChildren(request);
    }

    private void identify(Element identify) {
        List<Element> kids = children(identify);
        List<String> order = List.of("repositoryName", "baseURL", "protocolVersion", "adminEmail", "earliestDatestamp",
                "deletedRecord", "granularity");
        if (!names(kids).equals(order)) problems.add("Identify children " + names(kids) + ", schema order " + order);
        for (Element e : kids) {
            String v = e.getTextContent();
            switch (e.getLocalName()) {
                case "protocolVersion" -> { if (!v.equals("2.0")) problems.add("protocolVersion " + v); }
                case "adminEmail" -> pattern(v, EMAIL, "adminEmail");
                case "earliestDatestamp" -> pattern(v, UTC, "earliestDatestamp");
                case "deletedRecord" -> { if (!Set.of("no", "persistent", "transient").contains(v)) problems.add("deletedRecord " + v); }
                case "granularity" -> { if (!Set.of("YYYY-MM-DD", "YYYY-MM-DDThh:mm:ssZ").contains(v)) problems.add("granularity " + v); }
                default -> { }
            }
        }
    }

    private void formats(Element body) {
        List<Element> formats = children(body);
        if (formats.isEmpty()) problems.add("ListMetadataFormats is empty");
        for (Element f : formats) {
            expect(f, OAI, "metadataFormat");
            List<Element> kids = children(f);
            if (!names(kids).equals(List.of("metadataPrefix", "schema", "metadataNamespace"))) problems.add("metadataFormat " + names(kids));
            if (!kids.isEmpty()) pattern(kids.get(0).getTextContent(), PREFIX, "metadataPrefix");
        }
    }

    private void set(Element set) {
        List<Element> kids = children(set);
        if (kids.size() != 2 || !names(kids).equals(List.of("setSpec", "setName"))) problems.add("set " + names(kids));
        else pattern(kids.get(0).getTextContent(), SET_SPEC, "setSpec");
    }

    private void list(Element body, String item, java.util.function.Consumer<Element> check) {
        List<Element> kids = children(body);
        int items = 0;
        for (int i = 0; i < kids.size(); i++) {
            Element e = kids.get(i);
            if (e.getLocalName().equals(item) && OAI.equals(e.getNamespaceURI())) {
                items++;
                check.accept(e);
            } else if (e.getLocalName().equals("resumptionToken") && i == kids.size() - 1) {
                token(e);
            } else {
                problems.add(body.getLocalName() + " holds " + e.getLocalName() + " at " + i);
            }
        }
        if (items == 0) problems.add(body.getLocalName() + " holds no " + item);
    }

    private void token(Element token) {
        noChildren(token);
        String expiration = token.getAttribute("expirationDate");
        if (!expiration.isEmpty()) pattern(expiration, Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"), "expirationDate");
        String size = token.getAttribute("completeListSize");
        if (!size.isEmpty() && !size.matches("[1-9]\\d*")) problems.add("completeListSize " + size);
        String cursor = token.getAttribute("cursor");
        if (!cursor.isEmpty() && !cursor.matches("\\d+")) problems.add("cursor " + cursor);
    }

    private void record(Element record) {
        expect(record, OAI, "record");
        List<Element> kids = children(record);
        if (kids.isEmpty()) {
            problems.add("record without header");
            return;
        }
        header(kids.get(0));
        if (kids.size() != 2) {
            problems.add("record holds " + names(kids));
            return;
        }
        expect(kids.get(1), OAI, "metadata");
        List<Element> metadata = children(kids.get(1));
        if (metadata.size() != 1) {
            problems.add("metadata holds " + names(metadata));
            return;
        }
        dublinCore(metadata.get(0));
    }

    private void header(Element header) {
        expect(header, OAI, "header");
        List<Element> kids = children(header);
        if (kids.size() < 2) {
            problems.add("header holds " + names(kids));
            return;
        }
        expect(kids.get(0), OAI, "identifier");
        if (kids.get(0).getTextContent().isBlank() || kids.get(0).getTextContent().contains(" ")) {
            problems.add("identifier '" + kids.get(0).getTextContent() + "' is not a URI");
        }
        expect(kids.get(1), OAI, "datestamp");
        pattern(kids.get(1).getTextContent(), UTC, "datestamp");
        for (Element spec : kids.subList(2, kids.size())) {
            expect(spec, OAI, "setSpec");
            pattern(spec.getTextContent(), SET_SPEC, "setSpec");
        }
    }

    private void dublinCore(Element dc) {
        expect(dc, OAI_DC, "dc");
        for (Element e : children(dc)) {
            if (!DC.equals(e.getNamespaceURI()) || !DC_ELEMENTS.contains(e.getLocalName())) {
                problems.add("oai_dc holds {" + e.getNamespaceURI() + "}" + e.getLocalName());
            }
            noChildren(e);
        }
    }

    private void expect(Element e, String namespace, String name) {
        if (!namespace.equals(e.getNamespaceURI()) || !name.equals(e.getLocalName())) {
            problems.add("expected {" + namespace + "}" + name + ", found {" + e.getNamespaceURI() + "}" + e.getLocalName());
        }
    }

    private void noChildren(Element e) {
        if (!children(e).isEmpty()) problems.add(e.getLocalName() + " must hold text only");
    }

    private void pattern(String value, Pattern p, String what) {
        if (!p.matcher(value).matches()) problems.add(what + " '" + value + "' does not match " + p.pattern());
    }

    static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) out.add(child);
        }
        return out;
    }

    private static List<String> names(List<Element> elements) {
        return elements.stream().map(Element::getLocalName).toList();
    }
}
