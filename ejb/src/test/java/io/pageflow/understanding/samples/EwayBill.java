package io.pageflow.understanding.samples;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * The content of one e-way bill (EWB-01) for a consignment of an {@link Invoice}: generated on or after the
 * invoice's date, valid for a day per 200 km begun (to midnight), moved by road with a vehicle or by rail or
 * air without one.
 */
record EwayBill(String number, LocalDateTime generated, LocalDateTime validUntil, Invoice invoice, int distanceKm,
        String mode, String vehicle, Fakes.Party transporter, String transportDocument) {

    static EwayBill random(Fakes f) {
        Invoice invoice = Invoice.random(f, f.chance(0.3));
        LocalDateTime generated = invoice.date().atTime(f.between(8, 19), f.between(0, 59)).plusDays(f.between(0, 1));
        int distance = f.between(12, 1800);
        LocalDateTime valid = generated.toLocalDate().plusDays((distance + 199) / 200).atTime(23, 59);
        String mode = f.chance(0.8) ? "Road" : f.pick("Rail", "Air");
        String vehicle = mode.equals("Road") ? f.vehicleNumber(invoice.supplier().place().stateCode()) : null;
        Fakes.Party transporter = new Fakes.Party(f.pick("VRL", "Gati", "Safexpress", "TCI", "Om", "Shree Maruti")
                + " Logistics", "Transport Nagar", invoice.supplier().place(), f.gstin(invoice.supplier().place().stateCode()));
        String document = mode.equals("Road") ? "LR-" + f.between(1000, 9999) : "RR" + f.between(100_000, 999_999);
        return new EwayBill(f.ewayBillNumber(), generated, valid, invoice, distance, mode, vehicle, transporter, document);
    }

    Fakes.Party supplier() {
        return invoice.supplier();
    }

    Fakes.Party recipient() {
        return invoice.recipient();
    }

    String dispatchPlace() {
        Fakes.Place p = supplier().place();
        return p.city() + ", " + p.state() + " - " + p.pin();
    }

    String deliveryPlace() {
        Fakes.Place p = recipient().place();
        return p.city() + ", " + p.state() + " - " + p.pin();
    }

    BigDecimal goodsValue() {
        return invoice.total();
    }

    String hsn() {
        return invoice.items().get(0).product().hsn();
    }

    /** Vehicle numbers are printed with spaces, dashes or neither; the truth is without. */
    static String printed(String vehicle, Fakes f) {
        String state = vehicle.substring(0, 2);
        String district = vehicle.substring(2, 4);
        String series = vehicle.substring(4, 6);
        String number = vehicle.substring(6);
        return switch (f.between(0, 2)) {
            case 0 -> state + " " + district + " " + series + " " + number;
            case 1 -> state + "-" + district + "-" + series + "-" + number;
            default -> vehicle;
        };
    }

    Truth truth(boolean withPlaces) {
        return new Truth().put("ewayBillNumber", number).put("generatedDate", generated.toLocalDate().toString())
                .put("validUntil", validUntil.toLocalDate().toString()).put("supplierGstin", supplier().gstin())
                .put("recipientGstin", recipient().gstin()).put("placeOfDispatch", withPlaces ? dispatchPlace() : null)
                .put("placeOfDelivery", withPlaces ? deliveryPlace() : null).put("documentNumber", invoice.number())
                .put("documentDate", invoice.date().toString()).put("goodsValue", goodsValue()).put("hsnCode", hsn())
                .put("transportMode", mode).put("vehicleNumber", vehicle).put("transporterId", transporter.gstin());
    }
}
