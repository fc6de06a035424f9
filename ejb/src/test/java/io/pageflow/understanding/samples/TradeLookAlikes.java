package io.pageflow.understanding.samples;

import static io.pageflow.understanding.samples.Formats.date;
import static io.pageflow.understanding.samples.Formats.plain;

import java.util.List;

/**
 * Trade documents that share an invoice's or an e-way bill's vocabulary (GSTINs, HSN codes, CGST and SGST,
 * totals, vehicle numbers, even an e-way bill number) but are neither: a purchase order, a delivery challan, a
 * quotation, a proforma invoice, a credit note and a lorry receipt.
 */
final class TradeLookAlikes {

    static final List<String> NAMES = List.of("purchase-order", "delivery-challan", "quotation", "proforma-invoice",
            "credit-note", "lorry-receipt");

    private TradeLookAlikes() {
    }

    static void draw(String kind, Invoice inv, PageDrawing p, Fakes f) {
        switch (kind) {
            case "purchase-order" -> order(inv, p, f, f.chance(0.5) ? "PURCHASE ORDER" : "Purchase Order", "PO No.",
                    "PO Date", "Vendor");
            case "quotation" -> order(inv, p, f, "QUOTATION", "Quotation No.", "Date", "To");
            case "proforma-invoice" -> order(inv, p, f, "PROFORMA INVOICE", "Proforma Invoice No.", "Date", "Buyer");
            case "credit-note" -> creditNote(inv, p, f);
            case "delivery-challan" -> challan(inv, p, f);
            default -> lorryReceipt(inv, p, f);
        }
    }

    /** An order-shaped document: party, items with HSN and GST, totals, terms. */
    private static void order(Invoice inv, PageDrawing p, Fakes f, String title, String numberLabel, String dateLabel,
            String partyLabel) {
        Fakes.Party buyer = inv.recipient();
        Fakes.Party seller = inv.supplier();
        boolean buyerIssues = title.equalsIgnoreCase("purchase order");
        Fakes.Party issuer = buyerIssues ? buyer : seller;
        Fakes.Party other = buyerIssues ? seller : buyer;
        if (f.chance(0.5)) {
            p.row(42, issuer.name(), -553, title);
        } else {
            p.centre(title, 1.5f, true).centre(issuer.name(), 1.1f, true);
        }
        p.text(issuer.street() + ", " + issuer.place().city() + " - " + issuer.place().pin());
        p.text("GSTIN: " + issuer.gstin()).rule();
        p.row(42, numberLabel + ": " + prefix(title) + "/" + f.between(100, 999), 330,
                dateLabel + ": " + date(inv.date(), Formats.DMY_SLASH));
        p.bold(partyLabel + ":").text(other.name()).text(other.street() + ", " + other.place().city());
        p.text("GSTIN: " + other.gstin()).rule();
        p.header(42, "S.No", 75, "Item Description", 260, "HSN", -340, "Qty", -440, "Rate", -553, "Amount").rule();
        int n = 1;
        for (Invoice.Item i : inv.items()) {
            p.row(42, n++ + "", 75, i.product().description(), 260, i.product().hsn(), -340, i.quantity() + "", -440,
                    plain(i.rate()), -553, plain(i.amount()));
        }
        p.rule().row(330, "Sub Total", -553, plain(inv.taxable()));
        InvoiceLayouts.taxRows(inv, p, 330);
        p.row(330, "Total", -553, Formats.rupees(inv.total()));
        p.gap(1).text("Amount in words: " + Money.words(inv.total()));
        p.gap(0.5f).bold("Terms and Conditions");
        if (buyerIssues) {
            p.text("1. Delivery Schedule: within " + f.between(7, 30) + " days of this order.");
            p.text("2. Please quote our PO number on your invoice and delivery challan.");
            p.text("3. Payment: 45 days from receipt of goods and tax invoice.");
        } else if (title.equals("QUOTATION")) {
            p.text("1. Quotation valid till " + date(inv.date().plusDays(30), Formats.DMY_SLASH) + ".");
            p.text("2. Prices are exclusive of freight; GST as applicable at the time of invoice.");
        } else {
            p.text("1. This is not a tax invoice. Tax invoice will be issued on receipt of payment.");
            p.text("2. Advance payment of 50% required to confirm the order.");
        }
        p.gap(1.5f).row(-553, "Authorised Signatory");
    }

    private static String prefix(String title) {
        return title.toUpperCase().startsWith("PURCHASE") ? "PO/25-26" : title.startsWith("QUOT") ? "QTN" : "PI";
    }

    private static void creditNote(Invoice inv, PageDrawing p, Fakes f) {
        Fakes.Party s = inv.supplier();
        p.centre("CREDIT NOTE", 1.5f, true).centre(s.name(), 1.1f, true);
        p.centre(s.street() + ", " + s.place().city(), 1, false).centre("GSTIN: " + s.gstin(), 1, false).rule();
        p.row(42, "Credit Note No.: CN-" + f.between(10, 999), 330, "Date: " + date(inv.date().plusDays(12), Formats.DMY_SLASH));
        p.row(42, "Original Invoice No.: " + inv.number(), 330, "Invoice Date: " + date(inv.date(), Formats.DMY_SLASH));
        p.bold("Issued to:").text(inv.recipient().name()).text("GSTIN: " + inv.recipient().gstin());
        p.text("Reason: " + f.pick("Goods returned - damaged in transit", "Rate difference", "Post-sale discount")).rule();
        Invoice.Item i = inv.items().get(0);
        p.header(42, "Description", 260, "HSN", -400, "Qty", -553, "Amount");
        p.row(42, i.product().description(), 260, i.product().hsn(), -400, i.quantity() + "", -553, plain(i.amount()));
        p.rule().row(330, "Taxable Value", -553, plain(i.amount()));
        p.row(330, "Tax reversed @ " + inv.gstRate() + "%", -553,
                plain(i.amount().multiply(java.math.BigDecimal.valueOf(inv.gstRate())).movePointLeft(2)));
        p.gap(1.5f).row(-553, "Authorised Signatory");
    }

    private static void challan(Invoice inv, PageDrawing p, Fakes f) {
        Fakes.Party s = inv.supplier();
        p.centre("DELIVERY CHALLAN", 1.5f, true).centre(s.name(), 1.1f, true);
        p.centre(s.street() + ", " + s.place().city() + " - " + s.place().pin(), 1, false);
        p.centre("GSTIN: " + s.gstin(), 1, false).rule();
        p.row(42, "Challan No.: DC-" + f.between(100, 9999), 330, "Date: " + date(inv.date(), Formats.DMY_DASH_MON));
        p.row(42, "Vehicle No.: " + EwayBill.printed(f.vehicleNumber(s.place().stateCode()), f), 330,
                "Reason: " + f.pick("Job Work", "Supply on approval", "Stock transfer"));
        if (f.chance(0.5)) {
            p.text("E-Way Bill No.: " + NarrowInvoiceLayouts.grouped(f.ewayBillNumber()));
        }
        p.bold("Consignee:").text(inv.recipient().name()).text(inv.recipient().street() + ", "
                + inv.recipient().place().city());
        p.text("GSTIN: " + inv.recipient().gstin()).rule();
        p.header(42, "Sl", 70, "Description of Goods", 280, "HSN", -400, "Quantity", -553, "Approx. Value");
        int n = 1;
        for (Invoice.Item i : inv.items()) {
            p.row(42, n++ + "", 70, i.product().description(), 280, i.product().hsn(), -400,
                    i.quantity() + " " + i.product().unit(), -553, plain(i.amount()));
        }
        p.rule().text("Goods sent for " + f.pick("job work", "approval", "transfer") + " - NOT FOR SALE. Returnable.");
        p.text("Invoice No. to follow on acceptance.");
        p.gap(1.5f).row(42, "Receiver's Signature", -553, "For " + s.name());
    }

    private static void lorryReceipt(Invoice inv, PageDrawing p, Fakes f) {
        String company = f.pick("VRL", "Gati", "Shree Maruti", "Om") + " Logistics";
        p.centre(company, 1.4f, true).centre(f.pick("LORRY RECEIPT", "CONSIGNMENT NOTE"), 1.2f, true);
        p.centre("Transport Nagar, " + inv.supplier().place().city(), 1, false).rule();
        p.row(42, "LR No.: " + f.between(10_000, 99_999), 330, "Date: " + date(inv.date(), Formats.DMY_SLASH));
        p.row(42, "From: " + inv.supplier().place().city(), 330, "To: " + inv.recipient().place().city());
        p.text("Vehicle No.: " + EwayBill.printed(f.vehicleNumber(inv.supplier().place().stateCode()), f));
        p.text("E-Way Bill No.: " + NarrowInvoiceLayouts.grouped(f.ewayBillNumber()) + "   Valid Upto: "
                + date(inv.date().plusDays(2), Formats.DMY_SLASH));
        p.bold("Consignor").text(inv.supplier().name() + ", GSTIN: " + inv.supplier().gstin());
        p.bold("Consignee").text(inv.recipient().name() + ", GSTIN: " + inv.recipient().gstin()).rule();
        p.header(42, "Packages", 120, "Said to Contain", 320, "Weight (Kg)", -553, "Invoice Value");
        p.row(42, f.between(2, 60) + " Boxes", 120, inv.items().get(0).product().description(), 320,
                f.between(50, 4000) + "", -553, plain(inv.total()));
        p.rule().row(42, "Invoice No.: " + inv.number(), 330, "Freight: " + Formats.rs(java.math.BigDecimal.valueOf(f.between(800, 25_000))));
        p.text("GST on freight payable by: Consignee (Reverse Charge)");
        p.text("Consignor Copy").gap(1.5f).row(-553, "For " + company);
    }
}
