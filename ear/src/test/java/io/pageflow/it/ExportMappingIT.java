package io.pageflow.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import io.pageflow.client.model.CorrectionRequest;
import io.pageflow.client.model.ExportMapping;
import io.pageflow.client.model.JobView;
import io.pageflow.client.model.NewExportMapping;

/**
 * Mapped XML exports through the API: a mapping stored, versioned and refused when it cannot be written; an
 * invoice's fields as the XML the mapping names, following a new version of the mapping and a correction of the
 * document at once; a mapping of another type refused for it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExportMappingIT {

    static final TestApi api = new TestApi();

    /** The mapping of the issue's example; its elements in an order of their own, which the XML keeps. */
    static final Map<String, Object> INVOICE = Map.of("docType", "bill", "root", "Invoice", "elements", ordered(
            "$documentId", "@documentId",
            "invoiceNumber", "Header/Number",
            "invoiceDate", "Header/Date",
            "supplierGstin", "Parties/Supplier/GSTIN",
            "recipientGstin", "Parties/Recipient/GSTIN",
            "lineItems", Map.of("path", "Lines/Line", "elements", ordered("description", "Desc", "amount", "Amount")),
            "totalAmount", "Totals/Grand"));

    static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @Test
    void anInvoiceIsWrittenAsItsMappingSaysAndFollowsNewVersionsAndCorrections() throws Exception {
        String number = "INV-" + Math.abs(ThreadLocalRandom.current().nextInt(1_000_000));
        JobView job = api.submitAccepted(List.of(new PageflowClient.FilePart("invoice.pdf", "application/pdf",
                TestDocuments.bornDigitalPdf(UnderstandingIT.invoice(number)))), Map.of());
        assertEquals("completed", api.awaitEnd(job.getId(), Duration.ofMinutes(3)).getStatus());
        long documentId = job.getDocumentId();

        String name = "tally-" + Math.abs(ThreadLocalRandom.current().nextInt(1_000_000));
        ExportMapping created = api.exportMappings.createExportMapping(new NewExportMapping().name(name).definition(INVOICE));
        assertEquals(1, created.getVersion());
        assertEquals("bill", created.getDocType());
        assertTrue(api.exportMappings.listExportMappings().stream().anyMatch(m -> m.getName().equals(name)));

        Document xml = parse(api.mappedResult(job.getId(), name));
        assertEquals("Invoice", xml.getDocumentElement().getTagName());
        assertEquals(Long.toString(documentId), xpath(xml, "/Invoice/@documentId"));
        assertEquals(number, xpath(xml, "/Invoice/Header/Number"));
        assertEquals("2026-03-14", xpath(xml, "/Invoice/Header/Date"));
        assertEquals(UnderstandingIT.SUPPLIER, xpath(xml, "/Invoice/Parties/Supplier/GSTIN"));
        assertEquals(UnderstandingIT.RECIPIENT, xpath(xml, "/Invoice/Parties/Recipient/GSTIN"));
        assertEquals(1, count(xml, "/Invoice/Parties"), "fields sharing an element fill one");
        assertEquals(118000.0, Double.parseDouble(xpath(xml, "/Invoice/Totals/Grand")), "the total from page 2");
        Object items = ((Map<?, ?>) api.extraction.getDocumentExtraction(documentId).getFields()).get("lineItems");
        int lines = items == null ? 0 : ((List<?>) ((Map<?, ?>) items).get("value")).size();
        assertEquals(lines, count(xml, "/Invoice/Lines/Line"), "one Line per line item");
        List<String> children = new java.util.ArrayList<>();
        for (var child = xml.getDocumentElement().getFirstChild(); child != null; child = child.getNextSibling()) {
            children.add(child.getNodeName());
        }
        assertEquals(lines > 0 ? List.of("Header", "Parties", "Lines", "Totals") : List.of("Header", "Parties", "Totals"),
                children, "elements in the mapping's order");

        // The next version names the root otherwise; the export follows it at once.
        Map<String, Object> renamed = new java.util.HashMap<>(INVOICE);
        renamed.put("root", "Bill");
        assertEquals(2, api.exportMappings.updateExportMapping(name, renamed).getVersion());
        assertEquals("Bill", parse(api.mappedResult(job.getId(), name)).getDocumentElement().getTagName());
        assertEquals("Invoice", api.exportMappings.getExportMapping(name, 1).getDefinition() instanceof Map<?, ?> d
                ? d.get("root") : null);
        assertEquals(2, api.exportMappings.listExportMappingVersions(name).size());

        // A person corrects the number, with characters XML must escape: the mapped XML has it, well-formed.
        String corrected = "INV <7> & \"8\"";
        api.extraction.correctPageExtraction(documentId, 1, new CorrectionRequest().fields(Map.of("invoiceNumber", corrected)));
        assertEquals(corrected, xpath(parse(api.mappedResult(job.getId(), name)), "/Bill/Header/Number"));

        api.refused(404, "NOT_FOUND", () -> api.jobs.getResult(job.getId(), "xml", "no-such-mapping"));
        api.refused(400, "MAPPING_NEEDS_XML", () -> api.jobs.getResult(job.getId(), "json", name));
        String eway = name + "-eway";
        api.exportMappings.createExportMapping(new NewExportMapping().name(eway).definition(Map.of(
                "docType", "eway_bill", "root", "EWayBill", "elements", Map.of("ewayBillNumber", "Number"))));
        api.refused(409, "MAPPING_TYPE_MISMATCH", () -> api.jobs.getResult(job.getId(), "xml", eway));
    }

    @Test
    void mappingsThatCannotBeWrittenAreRefusedAndStoreNothing() throws Exception {
        String name = "refusals-" + Math.abs(ThreadLocalRandom.current().nextInt(1_000_000));
        api.exportMappings.createExportMapping(new NewExportMapping().name(name).definition(INVOICE));

        refused(Map.of("docType", "bill", "root", "Invoice", "elements", Map.of("invoiceNumber", "Header/Num ber")),
                "'Num ber' is not an XML");
        refused(Map.of("docType", "bill", "root", "1Invoice", "elements", Map.of("invoiceNumber", "N")),
                "root: '1Invoice' is not an XML");
        refused(Map.of("docType", "bill", "root", "Invoice", "elements", Map.of("invoiceNo", "N")),
                "the type's schema has no field invoiceNo");
        refused(Map.of("docType", "bill", "root", "Invoice", "elements", Map.of("lineItems", "Lines/Line")),
                "lineItems holds a list of objects");
        refused(Map.of("docType", "bill", "root", "Invoice", "elements", Map.of("invoiceNumber", "H/N", "invoiceDate", "H/N")),
                "both written to H/N");
        refused(Map.of("docType", "bill", "root", "Invoice", "elements", Map.of()), "elements: an object");
        api.refused(400, "UNKNOWN_TYPE", () -> api.exportMappings.updateExportMapping(name,
                Map.of("docType", "receipt", "root", "R", "elements", Map.of("x", "X"))));
        api.refused(409, "MAPPING_EXISTS", () -> api.exportMappings.createExportMapping(
                new NewExportMapping().name(name).definition(INVOICE)));
        api.refused(400, "INVALID_PARAMETER", () -> api.exportMappings.createExportMapping(
                new NewExportMapping().name("Bad Name").definition(INVOICE)));
        api.refused(404, "NOT_FOUND", () -> api.exportMappings.updateExportMapping("no-such-mapping", INVOICE));
        api.refused(404, "NOT_FOUND", () -> api.exportMappings.getExportMapping(name, 9));
        assertEquals(1, api.exportMappings.listExportMappingVersions(name).size(), "refused changes stored nothing");
    }

    private static void refused(Map<String, Object> definition, String why) {
        String detail = api.refused(400, "INVALID_MAPPING", () -> api.exportMappings.createExportMapping(
                new NewExportMapping().name("refused-" + Math.abs(ThreadLocalRandom.current().nextInt(1_000_000)))
                        .definition(definition))).getDetail();
        assertTrue(detail.contains(why), () -> "expected '" + why + "' in: " + detail);
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static String xpath(Document xml, String path) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(path, xml);
    }

    static int count(Document xml, String path) throws Exception {
        return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(path, xml, XPathConstants.NODESET)).getLength();
    }
}
