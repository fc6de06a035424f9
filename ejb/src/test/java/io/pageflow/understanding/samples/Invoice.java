package io.pageflow.understanding.samples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

/**
 * The content of one GST tax invoice, consistent as a real one is: amounts are quantity times rate, taxes are
 * the rate on the taxable value (CGST and SGST halves within a state, IGST across states), and the total adds
 * up (rounded to the rupee when the layout prints a round-off).
 */
record Invoice(Fakes.Party supplier, Fakes.Party recipient, String number, LocalDate date, int gstRate,
        List<Item> items, BigDecimal taxable, BigDecimal cgst, BigDecimal sgst, BigDecimal igst, BigDecimal roundOff,
        BigDecimal total, String ewayBillNumber) {

    /** One line of the items table. */
    record Item(Fakes.Product product, int quantity, BigDecimal rate, BigDecimal amount) {
    }

    static Invoice random(Fakes f, boolean roundToRupee) {
        Fakes.Place from = f.place();
        Fakes.Place to = f.chance(0.5) ? from : f.place();
        Fakes.Party supplier = f.party(from);
        Fakes.Party recipient = f.party(to);
        LocalDate date = f.date();
        int rate = f.gstRate();
        List<Item> items = new ArrayList<>();
        int count = f.between(1, 4);
        for (int i = 0; i < count; i++) {
            Fakes.Product p = f.product(rate);
            int qty = f.quantity(p);
            BigDecimal price = f.price(p);
            items.add(new Item(p, qty, price, price.multiply(BigDecimal.valueOf(qty)).setScale(2, RoundingMode.HALF_UP)));
        }
        BigDecimal taxable = items.stream().map(Item::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean intraState = from.stateCode().equals(to.stateCode());
        BigDecimal half = taxable.multiply(BigDecimal.valueOf(rate)).divide(BigDecimal.valueOf(200), 2, RoundingMode.HALF_UP);
        BigDecimal cgst = intraState ? half : null;
        BigDecimal sgst = intraState ? half : null;
        BigDecimal igst = intraState ? null
                : taxable.multiply(BigDecimal.valueOf(rate)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        BigDecimal exact = taxable.add(intraState ? cgst.add(sgst) : igst);
        BigDecimal total = roundToRupee ? exact.setScale(0, RoundingMode.HALF_UP).setScale(2, RoundingMode.UNNECESSARY) : exact;
        return new Invoice(supplier, recipient, f.invoiceNumber(date), date, rate, List.copyOf(items), taxable, cgst,
                sgst, igst, total.subtract(exact), total, f.ewayBillNumber());
    }

    boolean intraState() {
        return igst == null;
    }

    String placeOfSupply() {
        return recipient.place().canonicalState();
    }

    /** The fields every layout prints; a layout that leaves one out removes it from the truth. */
    Truth truth() {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (Item i : items) {
            lines.add(Json.createObjectBuilder().add("description", i.product().description())
                    .add("hsnCode", i.product().hsn()).add("quantity", i.quantity()).add("rate", i.rate())
                    .add("amount", i.amount()));
        }
        return new Truth().put("invoiceNumber", number).put("invoiceDate", date.toString())
                .put("supplierGstin", supplier.gstin()).put("recipientGstin", recipient.gstin())
                .put("placeOfSupply", placeOfSupply()).put("taxableValue", taxable).put("cgst", cgst)
                .put("sgst", sgst).put("igst", igst).put("totalAmount", total).put("currency", "INR")
                .put("lineItems", lines.build());
    }
}
