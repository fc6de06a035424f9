package io.pageflow.understanding.samples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import io.pageflow.understanding.rules.Gstin;
import io.pageflow.understanding.rules.IndianStates;

/** Random but valid values for Indian business documents: parties with GSTINs, places, items, dates, numbers. */
public final class Fakes {

    /** A town with its GST state code and PIN code. */
    public record Place(String city, String stateCode, String pin) {
        public String state() {
            return IndianStates.name(stateCode).orElseThrow();
        }

        /** The state as the rules normalise it: {@code 27-Maharashtra}. */
        public String canonicalState() {
            return IndianStates.canonical(stateCode);
        }
    }

    /** A business: name, street, town and GSTIN. */
    public record Party(String name, String street, Place place, String gstin) {
    }

    /** Something sold: its description, HSN or SAC code, unit, price range and GST rate. */
    public record Product(String description, String hsn, String unit, int minPrice, int maxPrice, int gstRate) {
    }

    static final List<Place> PLACES = List.of(new Place("Mumbai", "27", "400013"), new Place("Pune", "27", "411019"),
            new Place("Bhiwandi", "27", "421302"), new Place("Nagpur", "27", "440016"),
            new Place("Ahmedabad", "24", "380015"), new Place("Surat", "24", "395003"),
            new Place("Bengaluru", "29", "560058"), new Place("Chennai", "33", "600032"),
            new Place("Coimbatore", "33", "641021"), new Place("Hyderabad", "36", "500032"),
            new Place("New Delhi", "07", "110020"), new Place("Jaipur", "08", "302013"),
            new Place("Kolkata", "19", "700088"), new Place("Lucknow", "09", "226010"),
            new Place("Indore", "23", "452010"), new Place("Ludhiana", "03", "141003"),
            new Place("Kochi", "32", "682030"), new Place("Guwahati", "18", "781022"));
    static final List<Product> PRODUCTS = List.of(new Product("Laptop Computer", "8471", "Nos", 32000, 68000, 18),
            new Product("LED Monitor 24 inch", "8528", "Nos", 7500, 15000, 18),
            new Product("Mild Steel Sheet", "7208", "Kg", 55, 80, 18),
            new Product("PVC Pipe 110 mm", "3917", "Nos", 300, 900, 18),
            new Product("Office Chair", "9401", "Nos", 3500, 9000, 18),
            new Product("Copper Wire", "7408", "Kg", 650, 900, 18),
            new Product("Ball Bearing", "8482", "Nos", 90, 300, 18),
            new Product("Consulting Services", "998311", "Hrs", 1500, 4000, 18),
            new Product("Cotton Fabric", "5208", "Mtr", 120, 400, 5), new Product("Basmati Rice", "1006", "Kg", 70, 140, 5),
            new Product("Tea Leaves", "0902", "Kg", 220, 480, 5),
            new Product("Paracetamol Tablets", "3004", "Box", 250, 600, 12),
            new Product("Packaging Cartons", "4819", "Nos", 15, 60, 12),
            new Product("Cement OPC 53 Grade", "2523", "Bag", 330, 420, 28),
            new Product("Air Conditioner 1.5 Ton", "8415", "Nos", 28000, 42000, 28));
    private static final String[] FIRST = {"Sharma", "Patel", "Gupta", "Shree Ganesh", "Balaji", "Om Sai", "Krishna",
        "Laxmi", "Vardhman", "Mahalaxmi", "Sai Krupa", "Annapurna", "Rathi", "Agarwal", "Kaveri", "Sahyadri", "Nirmal",
        "Deccan", "Ganga", "Jyoti"};
    private static final String[] SECOND = {"Traders", "Enterprises", "Industries", "Steel Pvt. Ltd.", "Textiles",
        "Agencies", "Electricals", "Polymers Pvt. Ltd.", "Distributors", "Hardware Stores", "Infotech Pvt. Ltd.",
        "Foods LLP", "Packaging Co."};
    private static final String[] STREETS = {"Plot No. 12, MIDC Industrial Area", "Shop 4, Gandhi Road",
        "2nd Floor, Laxmi Complex, MG Road", "45/2 Industrial Estate", "B-17, Okhla Phase II", "Gala No. 7, Sai Nagar",
        "88 Anna Salai", "Survey No. 201, Ring Road", "Unit 5, Peenya 2nd Stage", "14 Park Street"};
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    final Random random;

    public Fakes(Random random) {
        this.random = random;
    }

    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    Place place() {
        return pick(PLACES);
    }

    Party party(Place place) {
        return new Party(pick(FIRST) + " " + pick(SECOND), pick(STREETS), place, gstin(place.stateCode()));
    }

    /** A GSTIN with a correct check digit: state, a PAN-like middle, entity 1-3, Z, check digit. */
    String gstin(String stateCode) {
        StringBuilder s = new StringBuilder(stateCode);
        for (int i = 0; i < 3; i++) {
            s.append(letter());
        }
        s.append(pick("C", "P", "F", "H")).append(letter());
        s.append(String.format("%04d", random.nextInt(10_000))).append(letter());
        s.append(between(1, 3)).append('Z');
        return s.append(Gstin.checkDigit(s.toString())).toString();
    }

    private char letter() {
        return LETTERS.charAt(random.nextInt(26));
    }

    LocalDate date() {
        return LocalDate.of(2025, 4, 1).plusDays(random.nextInt(365));
    }

    String invoiceNumber(LocalDate date) {
        int n = between(1, 9999);
        return switch (random.nextInt(6)) {
            case 0 -> "INV-" + between(1000, 9999);
            case 1 -> "GST/25-26/" + String.format("%04d", n);
            case 2 -> "A/" + between(100, 999);
            case 3 -> "TI2526-" + String.format("%05d", n);
            case 4 -> "SI/" + date.getYear() + "/" + String.format("%04d", n);
            default -> String.valueOf(between(1001, 9999));
        };
    }

    String ewayBillNumber() {
        return between(1, 3) + String.format("%011d", (long) (random.nextDouble() * 99_999_999_999L));
    }

    private static final java.util.Map<String, String> RTO = java.util.Map.ofEntries(java.util.Map.entry("27", "MH"),
            java.util.Map.entry("24", "GJ"), java.util.Map.entry("29", "KA"), java.util.Map.entry("33", "TN"),
            java.util.Map.entry("36", "TS"), java.util.Map.entry("07", "DL"), java.util.Map.entry("08", "RJ"),
            java.util.Map.entry("19", "WB"), java.util.Map.entry("09", "UP"), java.util.Map.entry("23", "MP"),
            java.util.Map.entry("03", "PB"), java.util.Map.entry("32", "KL"), java.util.Map.entry("18", "AS"));

    /** A registration number of the state, written as it is normalised: MH12AB1234. */
    String vehicleNumber(String stateCode) {
        return RTO.getOrDefault(stateCode, "MH") + String.format("%02d", between(1, 48)) + letter() + letter() + between(1000, 9999);
    }

    Product product(int gstRate) {
        List<Product> fit = PRODUCTS.stream().filter(p -> p.gstRate() == gstRate).toList();
        return pick(fit);
    }

    int gstRate() {
        return pick(List.of(18, 18, 18, 5, 12, 28));
    }

    BigDecimal price(Product p) {
        BigDecimal whole = BigDecimal.valueOf(between(p.minPrice(), p.maxPrice()));
        return chance(0.3) ? whole.add(BigDecimal.valueOf(pick(List.of(25, 50, 75)), 2))
                : whole.setScale(2, RoundingMode.UNNECESSARY);
    }

    int quantity(Product p) {
        return p.unit().equals("Kg") || p.unit().equals("Mtr") ? between(10, 500) : between(1, 40);
    }
}
