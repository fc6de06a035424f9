package io.pageflow.understanding.samples;

import static io.pageflow.understanding.samples.Formats.date;
import static io.pageflow.understanding.samples.Formats.plain;

import java.util.List;

/**
 * Layouts written after the shipped rules had been tuned on the others, to see how the rules fare on what they
 * have not seen: a retail "GST invoice" with its own wording (GST No, Bill No, Gross Amount, Net Payable), a
 * transporter's e-way bill print (Consignor, Dispatch Place, Invoice Number), a payment receipt and a GSTR-1
 * summary. At first sight every receipt and summary passed for a bill and four fields were missed (figures in
 * docs/understanding-rules.md); the rules now require a title and know that wording, so they are no longer unseen.
 */
final class LaterLayouts {

    static final List<String> LOOK_ALIKES = List.of("payment-receipt", "gstr1-summary");

    private LaterLayouts() {
    }

    static Truth retailInvoice(Invoice inv, PageDrawing p, Fakes f) {
        Fakes.Party s = inv.supplier();
        Fakes.Party b = inv.recipient();
        p.centre("GST INVOICE", 1.4f, true).centre(s.name(), 1.1f, true);
        p.centre(s.street() + ", " + s.place().city(), 0.9f, false);
        p.centre("GST No: " + s.gstin(), 0.9f, false).rule();
        p.row(42, "Bill No: " + inv.number(), 330, "Bill Date: " + date(inv.date(), Formats.DMY_DOT));
        p.text("Customer: " + b.name());
        p.text("Customer GST No: " + b.gstin());
        p.text("State: " + b.place().state() + " (" + b.place().stateCode() + ")").rule();
        p.header(42, "Particulars", 250, "HSN", -340, "Qty", -440, "Rate", -553, "Value").rule();
        for (Invoice.Item i : inv.items()) {
            p.row(42, i.product().description(), 250, i.product().hsn(), -340, i.quantity() + "", -440,
                    plain(i.rate()), -553, plain(i.amount()));
        }
        p.rule().row(330, "Gross Amount", -553, plain(inv.taxable()));
        InvoiceLayouts.taxRows(inv, p, 330);
        if (inv.roundOff().signum() != 0) {
            p.row(330, "Round Off", -553, plain(inv.roundOff()));
        }
        p.row(330, "Net Payable", -553, Formats.rupees(inv.total()));
        p.gap(1).text("Goods once sold will not be taken back. Subject to " + s.place().city() + " jurisdiction.");
        // the page names the customer's state, but no place of supply
        return inv.truth().remove("placeOfSupply");
    }

    static Truth transporterEwayBill(EwayBill e, PageDrawing p, Fakes f) {
        Invoice inv = e.invoice();
        p.centre("EWAY BILL", 1.4f, true).gap(0.3f);
        p.text("EWB Number : " + NarrowInvoiceLayouts.grouped(e.number()));
        p.row(42, "Date of Generation : " + dateTime(e), 330, "Validity : "
                + date(e.validUntil().toLocalDate(), Formats.DMY_DASH));
        p.text("Consignor GSTIN : " + e.supplier().gstin() + " (" + e.supplier().name() + ")");
        p.text("Consignee GSTIN : " + e.recipient().gstin() + " (" + e.recipient().name() + ")");
        p.text("Dispatch Place : " + e.dispatchPlace());
        p.text("Delivery Place : " + e.deliveryPlace());
        p.row(42, "Invoice Number : " + inv.number(), 330, "Invoice Date : " + date(inv.date(), Formats.DMY_DASH));
        p.row(42, "Goods Value : " + plain(e.goodsValue()), 330, "HSN : " + e.hsn());
        p.row(42, "Mode : " + e.mode(), 330, "Vehicle Number : " + (e.vehicle() == null ? "NA" : e.vehicle()));
        p.text("Transporter ID : " + e.transporter().gstin());
        return e.truth(true);
    }

    private static String dateTime(EwayBill e) {
        return Formats.dateTime(e.generated(), Formats.DMY_DASH);
    }

    static void lookAlike(String kind, Invoice inv, PageDrawing p, Fakes f) {
        Fakes.Party s = inv.supplier();
        if (kind.equals("payment-receipt")) {
            p.centre("PAYMENT RECEIPT", 1.4f, true).centre(s.name(), 1.1f, true).centre("GSTIN: " + s.gstin(), 0.9f, false);
            p.rule().row(42, "Receipt No.: RV-" + f.between(100, 999), 330, "Date: " + date(inv.date().plusDays(20),
                    Formats.DMY_SLASH));
            p.text("Received with thanks from " + inv.recipient().name() + " (GSTIN " + inv.recipient().gstin() + ")");
            p.text("the sum of " + Formats.rupees(inv.total()) + " (" + Money.words(inv.total()) + ")");
            p.text("by NEFT, UTR " + f.between(100_000, 999_999) + f.between(100_000, 999_999) + ", against Invoice No. "
                    + inv.number() + " dated " + date(inv.date(), Formats.DMY_SLASH) + ".");
            p.row(42, "Invoice Amount", -553, plain(inv.total())).row(42, "Amount Received", -553, plain(inv.total()));
            p.row(42, "Balance Due", -553, "0.00").gap(1.5f).row(-553, "Cashier");
        } else {
            p.centre("GSTR-1 Summary", 1.4f, true).centre("GSTIN: " + s.gstin() + " - " + s.name(), 0.9f, false);
            p.centre("Tax period: " + inv.date().getMonth() + " " + inv.date().getYear(), 0.9f, false).rule();
            p.header(42, "Recipient GSTIN", 180, "Invoice No", 290, "Date", -430, "Taxable Value", -490, "IGST", -553, "CGST");
            for (int i = 0; i < f.between(4, 9); i++) {
                Invoice other = Invoice.random(f, false);
                p.row(42, other.recipient().gstin(), 180, other.number(), 290, date(other.date(), Formats.DMY_SLASH), -430,
                        plain(other.taxable()), -490, other.igst() == null ? "-" : "yes", -553, other.cgst() == null ? "-" : "yes");
            }
            p.rule().text("B2B invoices: totals of taxable value and tax as declared.");
        }
    }
}
