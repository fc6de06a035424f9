package io.pageflow.understanding.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The GSTIN check digit, on published GSTINs and on the ways a GSTIN is misprinted or misread. */
class GstinTest {

    @ParameterizedTest
    @ValueSource(strings = {"27AAPFU0939F1ZV", "29AAGCB7383J1Z4", "07AAGFF2194N1Z1", "24AAACC1206D1ZM"})
    void publishedGstinsAreValid(String gstin) {
        assertTrue(Gstin.isValid(gstin), gstin);
        assertEquals(gstin.charAt(14), Gstin.checkDigit(gstin.substring(0, 14)));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"27AAPFU0939F1ZW", // wrong check digit
        "27AAPFU0939F1Z", // 14 characters
        "27AAPFU0939F1ZVV", // 16 characters
        "27aapfu0939f1zv", // lower case: clean it first
        "2XAAPFU0939F1ZV", // state not digits
        "27AAPFU0939F1YV", // no Z at 14
        "27AAPFU0939F0ZV", // entity 0
        "112010036563310", // an acknowledgement number
        "27 AAPFU 0939F1ZV"})
    void malformedOrMistypedGstinsAreNotValid(String gstin) {
        assertFalse(Gstin.isValid(gstin), gstin);
    }

    @ParameterizedTest
    @CsvSource({"27aapfu0939f1zv, 27AAPFU0939F1ZV", "' 27 AAPFU 0939 F1ZV ', 27AAPFU0939F1ZV",
        "27-AAPFU-0939-F1ZV, 27AAPFU0939F1ZV"})
    void cleaningUpperCasesAndDropsSpacesAndDashes(String raw, String clean) {
        assertEquals(clean, Gstin.clean(raw));
        assertTrue(Gstin.isValid(Gstin.clean(raw)));
    }

    @ParameterizedTest
    @CsvSource({"27AAPFUO939F1ZV, 27AAPFU0939F1ZV", // O for 0 among the PAN's digits
        "Z7AAPFU0939F1ZV, 27AAPFU0939F1ZV", // Z for 2 in the state code
        "27AAPFU0939F12V, 27AAPFU0939F1ZV", // 2 for the Z
        "29AAGC87383J1Z4, 29AAGCB7383J1Z4", // 8 for B among the PAN's letters
        "07AAGFF2194N1ZI, 07AAGFF2194N1Z1"}) // I for 1 in the check digit
    void ocrConfusionsAreRepairedWhenTheCheckDigitAgrees(String misread, String gstin) {
        assertEquals(Optional.of(gstin), Gstin.repair(misread));
    }

    @ParameterizedTest
    @ValueSource(strings = {"27AAPFU0939F1ZW", "112010036563310", "27AAPFU", "ABCDEFGHIJKLMNO"})
    void noRepairInventsAGstin(String value) {
        assertEquals(Optional.empty(), Gstin.repair(value));
    }

    @org.junit.jupiter.api.Test
    void theCheckDigitNeedsFourteenGstinCharacters() {
        assertThrows(IllegalArgumentException.class, () -> Gstin.checkDigit("27AAPFU"));
        assertThrows(IllegalArgumentException.class, () -> Gstin.checkDigit("27AAPFU0939F1#"));
    }
}
