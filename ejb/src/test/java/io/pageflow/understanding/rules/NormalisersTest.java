package io.pageflow.understanding.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each normaliser on the ways Indian documents print a value, and on text that is not such a value. */
class NormalisersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"14/03/2026|2026-03-14", "14-03-2026|2026-03-14", "14.03.2026|2026-03-14",
        "4/3/2026|2026-03-04", "14/03/26|2026-03-14", "14 Mar 2026|2026-03-14", "14-Mar-2026|2026-03-14",
        "14-MAR-26|2026-03-14", "14th March, 2026|2026-03-14", "March 14, 2026|2026-03-14",
        "Sept 3, 2025|2025-09-03", "2026-03-14|2026-03-14", "14/03/2026 10:32 AM|2026-03-14",
        "Dated: 01.04.2025|2025-04-01", "14 / 03 / 2026|2026-03-14", "29/02/2024|2024-02-29"})
    void datesAreReadDayFirstAsIso(String raw, String iso) {
        Optional<Normalised> n = Normalisers.normalise("date", raw);
        assertEquals(iso, string(n), raw);
        assertEquals(1.0, n.get().confidence(), raw);
    }

    @Test
    void aDateThatOnlyReadsMonthFirstIsKeptButNotTrusted() {
        Normalised n = Normalisers.normalise("date", "03/14/2026").orElseThrow();
        assertEquals("2026-03-14", ((JsonString) n.value()).getString());
        assertTrue(n.confidence() < 0.7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "no date here", "31/02/2026", "32/01/2026", "14/13/2026", "14 Foo 2026", "1812 3456 7890",
        "14/03/1850", "99-99-9999"})
    void notADateIsNoValue(String raw) {
        assertEquals(Optional.empty(), Normalisers.normalise("date", raw), raw);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"₹1,18,000.00|118000.00", "Rs. 1,18,000|118000", "Rs.1,18,000.00|118000.00",
        "INR 118000.00|118000.00", "1,18,000.00/-|118000.00", "118,000.00|118000.00", "₹ 12,34,56,789.50|123456789.50",
        "9,000|9000", "0.50|0.50", "1, 18,000.00|118000.00", "Total: 2,360.00 only|2360.00"})
    void amountsAreNumbersWhateverTheGrouping(String raw, String number) {
        Optional<Normalised> n = Normalisers.normalise("amount", raw);
        assertTrue(n.isPresent(), raw);
        assertEquals(0, new BigDecimal(number).compareTo(((JsonNumber) n.get().value()).bigDecimalValue()), raw);
        assertEquals(1.0, n.get().confidence(), raw);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"728 61|728.61", "2,97,291 56/-|297291.56", "6,93 483.75|693"})
    void amountsOcrMisreadAreReadButLessTrusted(String raw, String number) {
        Normalised n = Normalisers.normalise("amount", raw).orElseThrow();
        assertEquals(0, new BigDecimal(number).compareTo(((JsonNumber) n.value()).bigDecimalValue()), raw);
        assertTrue(n.confidence() <= 0.8, raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Rs.", "nil", "18%", "12345678901234567890"})
    void notAnAmountIsNoValue(String raw) {
        assertEquals(Optional.empty(), Normalisers.normalise("amount", raw), raw);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"27AAPFU0939F1ZV|27AAPFU0939F1ZV|1.0", "27aapfu0939f1zv|27AAPFU0939F1ZV|1.0",
        "27 AAPFU 0939 F1ZV|27AAPFU0939F1ZV|1.0", "27AAPFUO939F1ZV|27AAPFU0939F1ZV|0.8",
        "27AAPFU0939F1ZW|27AAPFU0939F1ZW|0.3"})
    void gstinsAreUpperCaseAndCheckedByTheirCheckDigit(String raw, String gstin, double confidence) {
        Normalised n = Normalisers.normalise("gstin", raw).orElseThrow();
        assertEquals(gstin, ((JsonString) n.value()).getString());
        assertEquals(confidence, n.confidence());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "27AAPFU0939F1Z", "112010036563310", "27AAPFU0939F1Z#"})
    void notAGstinIsNoValue(String raw) {
        assertEquals(Optional.empty(), Normalisers.normalise("gstin", raw), raw);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"MH 12 AB 1234|MH12AB1234|1.0", "mh-12-ab-1234|MH12AB1234|1.0",
        "KA01A1234|KA01A1234|1.0", "DL 1C AA 1111|DL1CAA1111|1.0", "MH 12 AB 12|MH12AB12|0.5", "22 BH 1234 AA|22BH1234AA|1.0"})
    void vehicleNumbersLoseSpacesAndDashes(String raw, String vehicle, double confidence) {
        Normalised n = Normalisers.normalise("vehicle", raw).orElseThrow();
        assertEquals(vehicle, ((JsonString) n.value()).getString());
        assertEquals(confidence, n.confidence());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1812 3456 7890|181234567890", "181234567890|181234567890",
        "1812-3456-7890|181234567890"})
    void ewayBillNumbersAreTwelveDigits(String raw, String number) {
        assertEquals(number, string(Normalisers.normalise("ewayBillNumber", raw)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1812 3456 789", "1812 3456 78901", "EWB 1812 3456 7890", ""})
    void anythingButTwelveDigitsIsNoEwayBillNumber(String raw) {
        assertEquals(Optional.empty(), Normalisers.normalise("ewayBillNumber", raw), raw);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"27-Maharashtra|27-Maharashtra", "Maharashtra (27)|27-Maharashtra",
        "MAHARASHTRA|27-Maharashtra", "State Name: Tamil Nadu, Code: 33|33-Tamil Nadu", "29|29-Karnataka",
        "Andhra Pradesh|37-Andhra Pradesh", "Dadra & Nagar Haveli and Daman & Diu|26-Dadra and Nagar Haveli and Daman and Diu"})
    void statesReadAsCodeAndName(String raw, String state) {
        assertEquals(state, string(Normalisers.normalise("state", raw)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Reverse Charge", "Outside India", "99"})
    void textThatNamesNoStateIsNoState(String raw) {
        assertEquals(Optional.empty(), Normalisers.normalise("state", raw), raw);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"₹|INR", "Rs.|INR", "Rs|INR", "INR|INR", "Rupees|INR", "usd|USD"})
    void currencies(String raw, String currency) {
        assertEquals(currency, string(Normalisers.normalise("currency", raw)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Road|Road", "1 - Road|Road", "1|Road", "RAIL|Rail", "3|Air", "Ship / Road cum Ship|Ship"})
    void transportModes(String raw, String mode) {
        assertEquals(mode, string(Normalisers.normalise("transportMode", raw)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"  INV-2291 ,|INV-2291", "GST/25-26/0042.|GST/25-26/0042",
        "Bhiwandi,  Maharashtra|Bhiwandi, Maharashtra"})
    void textIsTrimmedOfSpacesAndTrailingPunctuation(String raw, String text) {
        assertEquals(text, string(Normalisers.normalise("text", raw)));
    }

    @Test
    void upperAndDigits() {
        assertEquals("AB/12", string(Normalisers.normalise("upper", " ab/12 ")));
        assertEquals("8471", string(Normalisers.normalise("digits", "HSN: 8471")));
        assertEquals(Optional.empty(), Normalisers.normalise("digits", "none"));
    }

    private static String string(Optional<Normalised> n) {
        return n.map(v -> ((JsonString) v.value()).getString()).orElse(null);
    }
}
