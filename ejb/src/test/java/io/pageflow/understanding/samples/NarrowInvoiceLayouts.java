package io.pageflow.understanding.samples;

import static io.pageflow.understanding.samples.Formats.date;
import static io.pageflow.understanding.samples.Formats.plain;

import io.pageflow.understanding.samples.Invoice.Item;

/** The invoice layouts that put values under their labels, or carry e-invoice and e-way bill numbers. */
final class NarrowInvoiceLayouts {

    private NarrowInvoiceLayouts() {
    }

    static Truth nextLine(Invoice inv, PageDrawing p, Fakes f) {
        Fakes.Party s = inv.supplier();
        Fakes.Party b = inv.recipient();
        p.centre("INVOICE", 1.6f, true).gap(0.5f);
        p.bold(s.name()).text(s.street()).text(s.place().city() + ", " + s.place().state() + " " + s.place().pin());
        p.gap(0.5f).row(42, "Supplier GSTIN", 330, "Inv. No").row(42, s.gstin(), 330, inv.number());
        p.gap(0.3f).row(42, "Customer", 330, "Invoice Date");
        p.row(42, b.name(), 330, date(inv.date(), Formats.MONTH_D_Y));
        p.gap(0.3f).row(42, "Customer GSTIN", 330, "Place of Supply");
        p.row(42, b.gstin(), 330, b.place().state() + " (" + b.place().stateCode() + ")").rule();
        p.header(42, "Item", 230, "HSN", -330, "Qty", -440, "Price", -553, "Amount").rule();
        for (Item i : inv.items()) {
            p.row(42, i.product().description(), 230, i.product().hsn(), -330, i.quantity() + "", -440,
                    plain(i.rate()), -553, plain(i.amount()));
        }
        p.rule().row(330, "Taxable Amount", -553, Formats.inr(inv.taxable()));
        if (inv.intraState()) {
            p.row(330, "CGST " + InvoiceLayouts.half(inv) + "%", -553, Formats.inr(inv.cgst()));
            p.row(330, "SGST " + InvoiceLayouts.half(inv) + "%", -553, Formats.inr(inv.sgst()));
        } else {
            p.row(330, "IGST " + inv.gstRate() + "%", -553, Formats.inr(inv.igst()));
        }
        if (inv.roundOff().signum() != 0) {
            p.row(330, "Round Off", -553, plain(inv.roundOff()));
        }
        p.row(330, "Total Amount", -553, Formats.inr(inv.total()));
        p.gap(1).text("Amount in words: " + Money.words(inv.total()));
        p.gap(1).text("Payment due within " + f.pick("15", "30", "45") + " days. Interest @ 18% p.a. on overdue bills.");
        p.gap(1.5f).row(-553, "Authorised Signatory");
        return inv.truth();
    }

    static Truth eInvoice(Invoice inv, PageDrawing p, Fakes f) {
        Fakes.Party s = inv.supplier();
        Fakes.Party b = inv.recipient();
        p.row(42, "Tax Invoice", -553, "e-Invoice");
        p.text("IRN: " + irn(f));
        p.row(42, "Ack No.: 1120" + f.between(10_000, 99_999) + f.between(100_000, 999_999), 330,
                "Ack Date: " + date(inv.date(), Formats.DMY_DASH));
        p.text("E-Way Bill No.: " + grouped(inv.ewayBillNumber())).rule();
        p.bold("Seller").text(s.name()).text(s.street() + ", " + s.place().city() + " " + s.place().pin());
        p.text("GSTIN: " + s.gstin() + "   State Code: " + s.place().stateCode());
        p.bold("Buyer").text(b.name()).text(b.street() + ", " + b.place().city() + " " + b.place().pin());
        p.text("GSTIN: " + b.gstin() + "   State Code: " + b.place().stateCode()).rule();
        p.row(42, "Invoice No.: " + inv.number(), 330, "Date: " + date(inv.date(), Formats.DMY_SHORT));
        p.text("Place of supply: " + b.place().state()).rule();
        p.header(42, "Sr", 62, "Description", 250, "HSN Code", -340, "Qty", -430, "Unit Price", -553, "Taxable Value");
        int n = 1;
        for (Item i : inv.items()) {
            p.row(42, n++ + "", 62, i.product().description(), 250, i.product().hsn(), -340, i.quantity() + "", -430,
                    plain(i.rate()), -553, plain(i.amount()));
        }
        p.rule().row(330, "Taxable Value", -553, plain(inv.taxable()));
        InvoiceLayouts.taxRows(inv, p, 330);
        if (inv.roundOff().signum() != 0) {
            p.row(330, "Round Off", -553, plain(inv.roundOff()));
        }
        p.row(250, "Total Invoice Value (in Rs.)", -553, plain(inv.total()) + "/-");
        p.gap(1).text("Whether tax is payable under reverse charge: No");
        p.gap(1.5f).row(-553, "Digitally signed by " + s.name());
        return inv.truth();
    }

    static String grouped(String twelveDigits) {
        return twelveDigits.substring(0, 4) + " " + twelveDigits.substring(4, 8) + " " + twelveDigits.substring(8);
    }

    private static String irn(Fakes f) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 64; i++) {
            sb.append("0123456789abcdef".charAt(f.random.nextInt(16)));
        }
        return sb.toString();
    }
}
