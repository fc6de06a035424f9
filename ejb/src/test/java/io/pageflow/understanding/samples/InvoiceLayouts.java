package io.pageflow.understanding.samples;

import static io.pageflow.understanding.samples.Formats.date;
import static io.pageflow.understanding.samples.Formats.plain;

import java.util.List;

import io.pageflow.understanding.samples.Invoice.Item;

/**
 * Five ways GST tax invoices are laid out: a Tally-style invoice with labels above their values, a modern
 * two-column one, a table of labels over values, a narrow one with every value under its label, and an
 * e-invoice with its IRN, acknowledgement and e-way bill numbers. Each draws an {@link Invoice} and returns its
 * truth, less the fields it does not print.
 */
final class InvoiceLayouts {

    static final List<String> NAMES = List.of("tally", "two-column", "label-table", "next-line", "e-invoice");

    private InvoiceLayouts() {
    }

    static Truth draw(String layout, Invoice inv, PageDrawing p, Fakes f) {
        return switch (layout) {
            case "tally" -> tally(inv, p, f);
            case "two-column" -> twoColumn(inv, p, f);
            case "label-table" -> labelTable(inv, p, f);
            case "next-line" -> nextLine(inv, p, f);
            default -> eInvoice(inv, p, f);
        };
    }

    /** Tally's print: invoice number and date as labels over values beside the supplier's address. */
    static Truth tally(Invoice inv, PageDrawing p, Fakes f) {
        Fakes.Party s = inv.supplier();
        Fakes.Party b = inv.recipient();
        p.centre("TAX INVOICE", 1.4f, true).gap(0.5f);
        p.row(42, s.name(), 330, "Invoice No.", 460, "Dated");
        p.row(42, s.street(), 330, inv.number(), 460, date(inv.date(), Formats.DMY_DASH_MON));
        p.row(42, s.place().city() + " - " + s.place().pin(), 330, "Delivery Note", 460, "Mode/Terms of Payment");
        p.row(42, "GSTIN/UIN: " + s.gstin(), 460, f.pick("30 Days", "Immediate", "Against Delivery"));
        p.row(42, "State Name: " + s.place().state() + ", Code: " + s.place().stateCode());
        p.gap(0.6f).bold("Buyer (Bill to)");
        p.text(b.name()).text(b.street()).text(b.place().city() + " - " + b.place().pin());
        p.text("GSTIN/UIN: " + b.gstin());
        p.text("State Name: " + b.place().state() + ", Code: " + b.place().stateCode());
        p.text("Place of Supply: " + b.place().state()).rule();
        p.header(42, "Sl", 62, "Description of Goods", 250, "HSN/SAC", -350, "Quantity", -430, "Rate", 440, "per",
                -553, "Amount").rule();
        int n = 1;
        for (Item i : inv.items()) {
            p.row(42, n++ + "", 62, i.product().description(), 250, i.product().hsn(), -350,
                    i.quantity() + " " + i.product().unit(), -430, plain(i.rate()), 440, i.product().unit(), -553,
                    plain(i.amount()));
        }
        taxRows(inv, p, 62);
        if (inv.roundOff().signum() != 0) {
            p.row(62, "Round Off", -553, plain(inv.roundOff()));
        }
        p.rule().row(62, "Total", -553, Formats.rupees(inv.total())).rule();
        p.text("Amount Chargeable (in words)").bold("INR " + Money.words(inv.total()));
        p.gap(1).row(42, "Declaration", -553, "for " + s.name());
        p.gap(1.5f).row(-553, "Authorised Signatory");
        p.centre("This is a Computer Generated Invoice", 0.8f, false);
        return inv.truth().remove("taxableValue");
    }

    /** A modern two-column print: title beside the seller's name, Bill To and Ship To side by side. */
    static Truth twoColumn(Invoice inv, PageDrawing p, Fakes f) {
        Fakes.Party s = inv.supplier();
        Fakes.Party b = inv.recipient();
        p.row(42, s.name(), -553, "TAX INVOICE");
        p.row(42, s.street(), 340, "Invoice No: " + inv.number());
        p.row(42, s.place().city() + " - " + s.place().pin(), 340, "Invoice Date: " + date(inv.date(), Formats.DMY_SLASH));
        p.row(42, "GSTIN: " + s.gstin(), 340, "Place of Supply: " + inv.placeOfSupply());
        p.text("Phone: +91 " + f.between(70000, 99999) + " " + f.between(10000, 99999));
        p.rule().row(42, "Bill To", 320, "Ship To");
        p.row(42, b.name(), 320, b.name());
        p.row(42, b.street(), 320, b.street());
        p.row(42, b.place().city() + " " + b.place().pin(), 320, b.place().city() + " " + b.place().pin());
        p.row(42, "GSTIN: " + b.gstin(), 320, "GSTIN: " + b.gstin()).rule();
        p.header(42, "#", 60, "Item & Description", 260, "HSN/SAC", -370, "Qty", -450, "Rate", -553, "Amount").rule();
        int n = 1;
        for (Item i : inv.items()) {
            p.row(42, n++ + "", 60, i.product().description(), 260, i.product().hsn(), -370, i.quantity() + "",
                    -450, plain(i.rate()), -553, plain(i.amount()));
        }
        p.rule().row(360, "Sub Total", -553, plain(inv.taxable()));
        if (inv.intraState()) {
            p.row(360, "CGST (" + half(inv) + "%)", -553, plain(inv.cgst()));
            p.row(360, "SGST (" + half(inv) + "%)", -553, plain(inv.sgst()));
        } else {
            p.row(360, "IGST (" + inv.gstRate() + "%)", -553, plain(inv.igst()));
        }
        if (inv.roundOff().signum() != 0) {
            p.row(360, "Rounding", -553, plain(inv.roundOff()));
        }
        p.row(360, "Total", -553, Formats.rupees(inv.total()));
        p.gap(1).text("Total In Words: Indian Rupee " + Money.words(inv.total()));
        p.gap(1).text("Bank: " + f.pick("HDFC Bank", "State Bank of India", "ICICI Bank") + "  A/c No: "
                + f.between(10_000_000, 99_999_999) + f.between(1000, 9999) + "  IFSC: HDFC000" + f.between(1000, 9999));
        p.gap(1.5f).row(-553, "Authorised Signatory");
        return inv.truth();
    }

    /** Invoice number, date and place of supply as a row of labels over a row of values. */
    static Truth labelTable(Invoice inv, PageDrawing p, Fakes f) {
        Fakes.Party s = inv.supplier();
        Fakes.Party b = inv.recipient();
        p.centre("TAX INVOICE", 1.5f, true).centre("(Original for Recipient)", 0.8f, false);
        p.centre(s.name(), 1.2f, true).centre(s.street() + ", " + s.place().city() + " - " + s.place().pin(), 1, false);
        p.centre("GSTIN: " + s.gstin() + "   PAN: " + s.gstin().substring(2, 12), 1, false).rule();
        p.header(42, "Invoice Number", 190, "Invoice Date", 310, "Place of Supply", 460, "Reverse Charge");
        p.row(42, inv.number(), 190, date(inv.date(), Formats.DMY_DOT), 310,
                inv.recipient().place().stateCode() + " - " + inv.recipient().place().state(), 460, "No").rule();
        p.bold("Details of Receiver (Billed to)");
        p.text("Name: " + b.name()).text("Address: " + b.street() + ", " + b.place().city());
        p.text("GSTIN: " + b.gstin()).text("State: " + b.place().state() + "   State Code: " + b.place().stateCode()).rule();
        p.header(42, "S.No", 75, "Description", 260, "HSN", -340, "Qty", 350, "Unit", -460, "Rate", -553, "Amount").rule();
        int n = 1;
        for (Item i : inv.items()) {
            p.row(42, n++ + ".", 75, i.product().description(), 260, i.product().hsn(), -340, i.quantity() + "", 350,
                    i.product().unit(), -460, plain(i.rate()), -553, plain(i.amount()));
        }
        p.rule().row(300, "Total Taxable Value:", -553, plain(inv.taxable()));
        if (inv.intraState()) {
            p.row(300, "Add: CGST @ " + half(inv) + "%:", -553, plain(inv.cgst()));
            p.row(300, "Add: SGST @ " + half(inv) + "%:", -553, plain(inv.sgst()));
        } else {
            p.row(300, "Add: IGST @ " + inv.gstRate() + "%:", -553, plain(inv.igst()));
        }
        p.row(300, "Grand Total (Rs.):", -553, plain(inv.total()));
        p.gap(0.5f).text("Rupees " + Money.words(inv.total()).replace(" Rupees", ""));
        p.gap(1).text("Certified that the particulars given above are true and correct.");
        p.gap(1).row(-553, "For " + s.name()).gap(1.2f).row(-553, "Authorised Signatory");
        return inv.truth();
    }

    static String half(Invoice inv) {
        return inv.gstRate() % 2 == 0 ? String.valueOf(inv.gstRate() / 2) : String.valueOf(inv.gstRate() / 2.0);
    }

    static void taxRows(Invoice inv, PageDrawing p, float x) {
        if (inv.intraState()) {
            p.row(x, "CGST @ " + half(inv) + "%", -553, plain(inv.cgst()));
            p.row(x, "SGST @ " + half(inv) + "%", -553, plain(inv.sgst()));
        } else {
            p.row(x, "IGST @ " + inv.gstRate() + "%", -553, plain(inv.igst()));
        }
    }

    /** A narrow layout: each label on its own line, the value on the next. */
    static Truth nextLine(Invoice inv, PageDrawing p, Fakes f) {
        return NarrowInvoiceLayouts.nextLine(inv, p, f);
    }

    /** An e-invoice: IRN, acknowledgement number and date, e-way bill number, then the invoice. */
    static Truth eInvoice(Invoice inv, PageDrawing p, Fakes f) {
        return NarrowInvoiceLayouts.eInvoice(inv, p, f);
    }
}
