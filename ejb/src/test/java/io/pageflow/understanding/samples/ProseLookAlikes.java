package io.pageflow.understanding.samples;

import static io.pageflow.understanding.samples.Formats.date;
import static io.pageflow.understanding.samples.Formats.plain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Pages that talk about invoices and e-way bills without being one: a bank statement with invoice payments,
 * a research paper on GST documents, and a business letter about an unpaid invoice.
 */
final class ProseLookAlikes {

    static final List<String> NAMES = List.of("bank-statement", "research-paper", "letter");

    private static final String[] PAPER = {
        "Goods and Services Tax (GST) compliance in India generates millions of tax invoices and e-way bills every "
            + "day. In this paper we propose a pipeline that classifies scanned pages and extracts fields such as the "
            + "invoice number, the GSTIN of supplier and recipient, the place of supply, taxable value, CGST, SGST and "
            + "IGST amounts, and the e-way bill number with its validity.",
        "Earlier work relied on templates for each vendor [3, 7]; layout-aware language models have since improved "
            + "field extraction on receipts and invoices [12]. We compare rule-based extraction with a zero-shot model "
            + "on 2,400 pages and report accuracy per field. The check digit of the 15-character GSTIN catches most OCR "
            + "errors, while totals are validated as the sum of taxable value and tax.",
        "Our methodology follows Kumar et al. [5]: documents are first classified as tax invoice, e-way bill or "
            + "other, then fields are read with label anchors and normalised (dates in ISO form, amounts in lakh "
            + "grouping converted to numbers). The literature on document understanding is reviewed in Section 2."};

    private ProseLookAlikes() {
    }

    static void draw(String kind, Invoice inv, PageDrawing p, Fakes f) {
        switch (kind) {
            case "bank-statement" -> statement(inv, p, f);
            case "research-paper" -> paper(p, f);
            default -> letter(inv, p, f);
        }
    }

    private static void statement(Invoice inv, PageDrawing p, Fakes f) {
        String bank = f.pick("HDFC Bank Ltd.", "State Bank of India", "ICICI Bank", "Axis Bank");
        p.centre(bank, 1.4f, true).centre(f.chance(0.5) ? "STATEMENT OF ACCOUNT" : "Account Statement", 1.2f, true);
        p.row(42, "Account Name: " + inv.supplier().name(), 330, "Account No: " + f.between(10_000_000, 99_999_999)
                + f.between(1000, 9999));
        p.row(42, "Branch: " + inv.supplier().place().city(), 330, "IFSC: " + f.pick("HDFC", "SBIN", "ICIC", "UTIB")
                + "000" + f.between(1000, 9999));
        LocalDate from = inv.date().withDayOfMonth(1);
        p.row(42, "Statement Period: " + date(from, Formats.DMY_SLASH) + " to "
                + date(from.plusMonths(1).minusDays(1), Formats.DMY_SLASH), 330, "GSTIN of bank: " + f.gstin("27")).rule();
        p.header(42, "Date", 110, "Narration", 282, "Chq/Ref", -400, "Withdrawal", -466, "Deposit", -553, "Balance").rule();
        BigDecimal balance = BigDecimal.valueOf(f.between(50_000, 900_000));
        p.row(110, "Opening Balance", -553, plain(balance));
        for (int i = 0; i < f.between(6, 12); i++) {
            boolean in = f.chance(0.5);
            BigDecimal amount = BigDecimal.valueOf(f.between(500, 150_000));
            balance = in ? balance.add(amount) : balance.subtract(amount).max(BigDecimal.ZERO);
            String narration = in ? "NEFT CR-" + f.pick("INV", "BILL") + "-" + f.between(1000, 9999) + "-"
                    + inv.recipient().name().toUpperCase() : f.pick("GST PAYMENT CHALLAN", "RTGS DR-VENDOR",
                    "ATM WDL", "CHQ PAID-" + f.between(100_000, 999_999), "IMPS-SALARY");
            if (narration.length() > 26) {
                narration = narration.substring(0, 26);
            }
            p.row(42, date(from.plusDays(i * 2L + 1), Formats.DMY_SLASH), 110, narration, 282,
                    "" + f.between(100_000, 999_999), -400, in ? "" : plain(amount), -466, in ? plain(amount) : "",
                    -553, plain(balance));
        }
        p.rule().row(110, "Closing Balance", -553, plain(balance));
        p.gap(1).text("This is a computer generated statement and does not require a signature.");
    }

    private static void paper(PageDrawing p, Fakes f) {
        boolean first = f.chance(0.5);
        if (first) {
            p.centre("Reading GST Invoices and E-Way Bills at Scale", 1.4f, true);
            p.centre("A. " + f.pick("Sharma", "Iyer", "Banerjee") + ", R. " + f.pick("Gupta", "Nair", "Reddy")
                    + " - Department of Computer Science, " + f.pick("IIT Bombay", "IISc Bengaluru", "IIT Madras"), 0.9f, false);
            p.gap(0.5f).bold("Abstract");
            paragraph(p, PAPER[0]);
            p.gap(0.5f).bold("1. Introduction");
            paragraph(p, PAPER[1]);
        } else {
            p.bold("3. Method");
            paragraph(p, PAPER[2]);
            p.text("Table 2: Fields extracted from tax invoices (Invoice No., Invoice Date, GSTIN, CGST, Total).");
            paragraph(p, PAPER[1]);
            p.gap(0.5f).bold("References");
            p.text("[1] S. Kumar et al., Document AI for GST compliance, Proceedings of CODS-COMAD, 2024.");
            p.text("[2] GST Council, E-Way Bill System: user manual, 2023.");
            p.text("[3] R. Mehta, Template-free invoice extraction, Journal of Indian Taxation, 12(3), 2022. doi:10.1000/jit.2022.3");
        }
        p.gap(1).centre(String.valueOf(f.between(2, 14)), 0.8f, false);
    }

    private static void paragraph(PageDrawing p, String text) {
        for (String line : Formats.wrap(text, (int) (95 * 9 / p.size()))) {
            p.text(line);
        }
    }

    private static void letter(Invoice inv, PageDrawing p, Fakes f) {
        Fakes.Party s = inv.supplier();
        p.centre(s.name(), 1.4f, true).centre(s.street() + ", " + s.place().city() + " - " + s.place().pin(), 0.9f, false);
        p.centre("GSTIN: " + s.gstin(), 0.9f, false).rule();
        p.row(42, "Ref: " + s.name().substring(0, 3).toUpperCase() + "/ACC/" + f.between(10, 99), -553,
                "Date: " + date(inv.date().plusDays(40), Formats.D_MON_Y));
        p.gap(0.5f).text("To,").text("The Accounts Manager").text(inv.recipient().name())
                .text(inv.recipient().place().city());
        p.gap(0.5f).bold("Subject: Payment of our Tax Invoice No. " + inv.number() + " dated "
                + date(inv.date(), Formats.DMY_SLASH));
        p.gap(0.5f).text(f.pick("Dear Sir,", "Dear Sir/Madam,"));
        paragraph(p, "We refer to our tax invoice mentioned above for " + Formats.rupees(inv.total()) + " ("
                + Money.words(inv.total()) + ") towards supply of " + inv.items().get(0).product().description()
                + ", which remains unpaid although the credit period of 30 days has passed. Your GSTIN "
                + inv.recipient().gstin() + " is shown on the invoice and the tax has been declared in our return.");
        paragraph(p, "We request you to release the payment at the earliest. The e-way bill and the delivery challan "
                + "signed by your stores are enclosed for reference.");
        p.gap(0.5f).text(f.pick("Yours faithfully,", "Yours sincerely,")).gap(1.5f).text("For " + s.name());
        p.text("Accounts Department");
    }
}
