package io.pageflow.export.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import io.pageflow.error.InvalidRequestException;

class MappedXmlTest {

    static final JsonObject BILL_SCHEMA = json("""
            {"type": "object", "properties": {
              "invoiceNumber": {"type": "string"}, "invoiceDate": {"type": "string", "format": "date"},
              "supplierGstin": {"type": "string"}, "totalAmount": {"type": "number"}, "currency": {"type": "string"},
              "notes": {"type": "array", "items": {"type": "string"}},
              "lineItems": {"type": "array", "items": {"type": "object", "properties": {
                "description": {"type": "string"}, "hsnCode": {"type": "string"}, "amount": {"type": "number"}}}}}}""");

    static final Function<String, Optional<JsonObject>> SCHEMAS =
            name -> name.equals("bill") ? Optional.of(BILL_SCHEMA) : Optional.empty();

    static final String INVOICE_MAPPING = """
            {"docType": "bill", "root": "Invoice",
             "elements": {
               "$documentId": "@documentId",
               "invoiceNumber": "Header/Number", "invoiceDate": "Header/Date",
               "supplierGstin": "Parties/Supplier/GSTIN",
               "lineItems": {"path": "Lines/Line", "elements": {"hsnCode": "@hsn", "description": "Desc", "amount": "Amount"}},
               "currency": "Totals/@currency", "totalAmount": "Totals/Grand",
               "notes": "Notes/Note"}}""";

    @Test
    void aBillBecomesTheElementsTheMappingNames() throws Exception {
        Mapping mapping = MappingReader.read(json(INVOICE_MAPPING), SCHEMAS);
        JsonObject fields = json("""
                {"invoiceNumber": "INV-2291 <A&B>", "invoiceDate": "2026-03-14", "supplierGstin": "27AAPFU0939F1ZV",
                 "totalAmount": 1.18E+5, "currency": "INR", "notes": ["first", "second\\u000c"],
                 "lineItems": [{"description": "Steel brackets", "hsnCode": "7326", "amount": 50000.00},
                               {"description": "Fastener kits", "amount": 50000}]}""");
        String xml = write(mapping, fields);

        Document dom = parse(xml);
        assertEquals("Invoice", dom.getDocumentElement().getTagName());
        assertEquals("12", xpath(dom, "/Invoice/@documentId"));
        assertEquals("INV-2291 <A&B>", xpath(dom, "/Invoice/Header/Number"), "text escaped, not dropped");
        assertEquals("2026-03-14", xpath(dom, "/Invoice/Header/Date"));
        assertEquals(1, count(dom, "/Invoice/Header"), "rules sharing an element fill one");
        assertEquals("27AAPFU0939F1ZV", xpath(dom, "/Invoice/Parties/Supplier/GSTIN"));
        assertEquals(2, count(dom, "/Invoice/Lines/Line"), "one element per item");
        assertEquals(1, count(dom, "/Invoice/Lines"));
        assertEquals("7326", xpath(dom, "/Invoice/Lines/Line[1]/@hsn"));
        assertEquals("Fastener kits", xpath(dom, "/Invoice/Lines/Line[2]/Desc"));
        assertEquals("50000.00", xpath(dom, "/Invoice/Lines/Line[1]/Amount"), "numbers as written");
        assertEquals(0, count(dom, "/Invoice/Lines/Line[2]/@hsn"), "a missing value is left out");
        assertEquals("118000", xpath(dom, "/Invoice/Totals/Grand"), "no exponent");
        assertEquals("INR", xpath(dom, "/Invoice/Totals/@currency"));
        assertEquals(2, count(dom, "/Invoice/Notes/Note"), "a list of values repeats its element");
        assertEquals("second", xpath(dom, "/Invoice/Notes/Note[2]"), "characters XML forbids are dropped");
        assertTrue(xml.indexOf("<Header>") < xml.indexOf("<Parties>") && xml.indexOf("<Lines>") < xml.indexOf("<Totals"),
                "elements in the mapping's order: " + xml);
    }

    @Test
    void aNamespaceAndEmptyElementsWhenTheMappingAsks() throws Exception {
        Mapping mapping = MappingReader.read(json("""
                {"docType": "bill", "root": "Bill", "namespace": "urn:example:bill", "emptyElements": true,
                 "elements": {"invoiceNumber": "No", "totalAmount": "Total", "$title": "Title"}}"""), SCHEMAS);
        String xml = write(mapping, json("{\"invoiceNumber\": \"A-1\"}"));
        assertTrue(xml.contains("<Bill xmlns=\"urn:example:bill\"><No>A-1</No><Total></Total><Title></Title></Bill>"), xml);
        Document dom = parse(xml);
        assertEquals("urn:example:bill", dom.getDocumentElement().getNamespaceURI());
    }

    @Test
    void mappingsThatCannotBeWrittenAreRefusedWithTheReason() {
        refused("{\"root\": \"Invoice\", \"elements\": {\"invoiceNumber\": \"No\"}}", "docType: required");
        refusedWith("UNKNOWN_TYPE", "{\"docType\": \"receipt\", \"root\": \"R\", \"elements\": {\"x\": \"X\"}}");
        refused(bill("\"1Invoice\"", "{\"invoiceNumber\": \"No\"}"), "root: '1Invoice' is not an XML");
        refused(bill("\"xmlInvoice\"", "{\"invoiceNumber\": \"No\"}"), "not starting with 'xml'");
        refused(bill("\"Invoice\"", "{}"), "elements: an object");
        refused(bill("\"Invoice\"", "{\"invoiceNo\": \"No\"}"), "elements.invoiceNo: the type's schema has no field invoiceNo");
        refused(bill("\"Invoice\"", "{\"invoiceNumber\": \"Header/Num ber\"}"), "'Num ber' is not an XML");
        refused(bill("\"Invoice\"", "{\"invoiceNumber\": \"Header//Number\"}"), "'' is not an XML");
        refused(bill("\"Invoice\"", "{\"invoiceNumber\": \"h:Number\"}"), "no ':'");
        refused(bill("\"Invoice\"", "{\"invoiceNumber\": \"@a/B\"}"), "'@a' is not an XML");
        refused(bill("\"Invoice\"", "{\"lineItems\": \"Lines/Line\"}"), "lineItems holds a list of objects");
        refused(bill("\"Invoice\"", "{\"invoiceNumber\": {\"path\": \"N\", \"elements\": {\"a\": \"A\"}}}"),
                "invoiceNumber holds a value");
        refused(bill("\"Invoice\"", "{\"lineItems\": {\"path\": \"Lines/Line\", \"elements\": {\"price\": \"P\"}}}"),
                "elements.lineItems.elements.price: the type's schema has no field price");
        refused(bill("\"Invoice\"", "{\"lineItems\": {\"path\": \"Lines/@line\", \"elements\": {\"amount\": \"A\"}}}"),
                "each item is an element");
        refused(bill("\"Invoice\"", "{\"invoiceNumber\": \"Header/No\", \"invoiceDate\": \"Header/No\"}"),
                "invoiceNumber and invoiceDate are both written to Header/No");
        refused(bill("\"Invoice\"", "{\"invoiceNumber\": \"Header\", \"invoiceDate\": \"Header/Date\"}"),
                "Header holds the value of invoiceNumber; invoiceDate cannot be written inside it");
        refused(bill("\"Invoice\"", "{\"invoiceNumber\": \"Header/No\", \"currency\": \"Header/No/@c\"}"),
                "currency cannot be written inside it");
        refused(bill("\"Invoice\"", "{\"lineItems\": {\"path\": \"Lines/Line\", \"elements\": {\"amount\": \"A\"}},"
                + " \"totalAmount\": \"Lines/Line/Total\"}"), "Lines/Line holds the values of lineItems");
        refused(bill("\"Invoice\"", "{\"currency\": \"@c\", \"invoiceNumber\": \"@c\"}"), "another field is written to @c");
        refused(bill("\"Invoice\"", "{\"notes\": \"Notes/@note\"}"), "notes is a list");
        refused(bill("\"Invoice\"", "{\"$secret\": \"S\"}"), "the document's own values are");
        refused(bill("\"Invoice\"", "{\"lineItems\": {\"path\": \"L\", \"elements\": {\"$jobId\": \"J\"}}}"),
                "at the top level only");
        refused("{\"docType\": \"bill\", \"root\": \"I\", \"namespace\": \"not a uri\", \"elements\": {\"invoiceNumber\": \"N\"}}",
                "namespace: an absolute URI");
        refused("{\"docType\": \"bill\", \"root\": \"I\", \"emptyElements\": \"yes\", \"elements\": {\"invoiceNumber\": \"N\"}}",
                "emptyElements: true or false");
    }

    @Test
    void aStoredMappingIsReadWithoutItsTypeForAFieldTheTypeNoLongerHasIsNotWritten() throws Exception {
        Mapping mapping = MappingReader.read(json(bill("\"Invoice\"", "{\"invoiceNumber\": \"No\", \"oldField\": \"Old\"}")), null);
        String xml = write(mapping, json("{\"invoiceNumber\": \"A-1\"}"));
        assertTrue(xml.endsWith("<Invoice><No>A-1</No></Invoice>"), xml);
    }

    @Test
    void xmlNames() {
        for (String name : new String[] {"Invoice", "_x", "GSTIN", "line-item.2", "Währung", "名前"}) {
            assertTrue(XmlNames.valid(name), name);
        }
        for (String name : new String[] {"", "1a", "-a", ".a", "a b", "a:b", "XMLish", "a<b", "a&b", "a/b", "@a"}) {
            assertTrue(!XmlNames.valid(name), name);
        }
    }

    private static String bill(String root, String elements) {
        return "{\"docType\": \"bill\", \"root\": " + root + ", \"elements\": " + elements + "}";
    }

    private static void refused(String mapping, String why) {
        InvalidRequestException e = refusedWith(MappingReader.INVALID, mapping);
        assertTrue(e.getMessage().contains(why), () -> "expected '" + why + "' in: " + e.getMessage());
    }

    private static InvalidRequestException refusedWith(String code, String mapping) {
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> MappingReader.read(json(mapping), SCHEMAS), mapping);
        assertEquals(code, e.code(), e.getMessage());
        return e;
    }

    private static String write(Mapping mapping, JsonObject values) {
        Map<String, JsonValue> metadata = Map.of("$documentId", Json.createValue(12), "$title", JsonValue.NULL);
        byte[] xml = MappedXml.write(mapping, name -> name.startsWith("$") ? metadata.get(name) : values.get(name));
        return new String(xml, StandardCharsets.UTF_8);
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String xpath(Document dom, String path) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(path, dom);
    }

    private static int count(Document dom, String path) throws Exception {
        return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(path, dom, XPathConstants.NODESET)).getLength();
    }

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
