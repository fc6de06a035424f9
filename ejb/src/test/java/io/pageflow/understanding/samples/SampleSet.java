package io.pageflow.understanding.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Makes the labelled pages: invoices cycle through {@link InvoiceLayouts}, e-way bills through
 * {@link EwayBillLayouts}, look-alikes through every kind of {@link TradeLookAlikes} and
 * {@link ProseLookAlikes}. Each sample has its own random source derived from the seed and its place in the
 * set, so a sample does not change when the set grows; font family (Helvetica, Times, Courier), font size
 * (8.5-10.5 pt) and scan skew (±1.5°) vary with it.
 */
public final class SampleSet {

    public static final String BILL = "bill";
    public static final String EWAY_BILL = "eway_bill";
    public static final String UNKNOWN = "unknown";

    private SampleSet() {
    }

    /** The test set the unit tests measure: 40 invoices, 24 e-way bills and 36 look-alikes. */
    public static List<Sample> standard() {
        return generate(20260314L, 40, 24, 36);
    }

    public static List<Sample> generate(long seed, int invoices, int ewayBills, int lookAlikes) {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < invoices; i++) {
            String layout = InvoiceLayouts.NAMES.get(i % InvoiceLayouts.NAMES.size());
            Fakes f = fakes(seed, 1, i);
            PageDrawing page = page(f);
            Invoice invoice = Invoice.random(f, f.chance(0.3));
            Truth truth = InvoiceLayouts.draw(layout, invoice, page, f);
            samples.add(sample(f, "bill-" + i, BILL + "/" + layout, BILL, truth.build(), page));
        }
        for (int i = 0; i < ewayBills; i++) {
            String layout = EwayBillLayouts.NAMES.get(i % EwayBillLayouts.NAMES.size());
            Fakes f = fakes(seed, 2, i);
            PageDrawing page = page(f);
            Truth truth = EwayBillLayouts.draw(layout, EwayBill.random(f), page, f);
            samples.add(sample(f, "eway-" + i, EWAY_BILL + "/" + layout, EWAY_BILL, truth.build(), page));
        }
        List<String> kinds = new ArrayList<>(TradeLookAlikes.NAMES);
        kinds.addAll(ProseLookAlikes.NAMES);
        for (int i = 0; i < lookAlikes; i++) {
            String kind = kinds.get(i % kinds.size());
            Fakes f = fakes(seed, 3, i);
            PageDrawing page = page(f);
            Invoice invoice = Invoice.random(f, false);
            if (TradeLookAlikes.NAMES.contains(kind)) {
                TradeLookAlikes.draw(kind, invoice, page, f);
            } else {
                ProseLookAlikes.draw(kind, invoice, page, f);
            }
            samples.add(sample(f, "other-" + i, UNKNOWN + "/" + kind, UNKNOWN, Map.of(), page));
        }
        return List.copyOf(samples);
    }

    /**
     * Pages in the {@link LaterLayouts}, written after the rules were first tuned: retail invoices,
     * transporters' e-way bills, payment receipts and GSTR-1 summaries, in that rotation.
     */
    public static List<Sample> later(long seed, int count) {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Fakes f = fakes(seed, 4, i);
            PageDrawing page = page(f);
            switch (i % 4) {
                case 0 -> samples.add(sample(f, "later-" + i, BILL + "/retail", BILL,
                        LaterLayouts.retailInvoice(Invoice.random(f, f.chance(0.5)), page, f).build(), page));
                case 1 -> samples.add(sample(f, "later-" + i, EWAY_BILL + "/transporter", EWAY_BILL,
                        LaterLayouts.transporterEwayBill(EwayBill.random(f), page, f).build(), page));
                default -> {
                    String kind = LaterLayouts.LOOK_ALIKES.get(i % 4 - 2);
                    LaterLayouts.lookAlike(kind, Invoice.random(f, false), page, f);
                    samples.add(sample(f, "later-" + i, UNKNOWN + "/" + kind, UNKNOWN, Map.of(), page));
                }
            }
        }
        return List.copyOf(samples);
    }

    private static Fakes fakes(long seed, int kind, int index) {
        return new Fakes(new Random(seed * 1_000_003L + kind * 100_003L + index));
    }

    private static PageDrawing page(Fakes f) {
        PageDrawing.Face face = PageDrawing.Face.values()[f.random.nextInt(3)];
        float size = 8.5f + f.random.nextInt(5) * 0.5f;
        return new PageDrawing(face, size);
    }

    private static Sample sample(Fakes f, String id, String layout, String docType, Map<String, jakarta.json.JsonValue> truth,
            PageDrawing page) {
        double skew = (f.random.nextDouble() * 2 - 1) * 1.5;
        return new Sample(id, layout, docType, truth, page, skew, f.random.nextLong());
    }
}
