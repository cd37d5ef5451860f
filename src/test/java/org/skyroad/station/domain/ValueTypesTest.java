package org.skyroad.station.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.common.TextRules;
import org.skyroad.station.domain.station.StationCode;
import org.skyroad.station.domain.villager.IdCardTail;
import org.skyroad.station.domain.villager.PersonName;
import org.skyroad.station.domain.villager.PhoneNumber;

class ValueTypesTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            TS-003,   TS-003
            ts-003,   TS-003
            ' NGA-HUB ', NGA-HUB
            LHA-12345, LHA-12345
            """)
    void stationCodeAcceptsTheUsualShapes(String typed, String expected) {
        assertEquals(expected, StationCode.parse(typed).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "T-003", "TS003", "TS-03", "TSXXXX-003", "TS-0034567", "TS_003", "扎西-003"})
    void stationCodeRefusesOtherShapesWithASentence(String typed) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> StationCode.parse(typed));
        assertEquals("error.station.code", e.messageKey());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            13800138000,         13800138000
            '+86 138-0013-8000', 13800138000
            '0086 13800138000',  13800138000
            '0897-2345678',      08972345678
            '(0891) 6334455',    08916334455
            """)
    void phoneNumbersAreKeptAsDigits(String typed, String digits) {
        assertEquals(digits, PhoneNumber.parseOptional(typed).digits());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "2380013800", "1380013800a", "138001380001", "abc", "1380-013-800"})
    void malformedPhonesAreRefused(String typed) {
        assertThrows(InvalidInputException.class, () -> PhoneNumber.parseOptional(typed));
    }

    @Test
    void blankPhoneMeansNoPhone() {
        assertNull(PhoneNumber.parseOptional("  "));
    }

    @Test
    void phoneIsMaskedForPrint() {
        assertEquals("138****5678", PhoneNumber.parseOptional("13812345678").masked());
        assertEquals("5678", PhoneNumber.parseOptional("13812345678").tail());
    }

    @Test
    void namesAreTrimmedComposedAndCheckedForLength() {
        assertEquals("扎西 次仁", new PersonName("  扎西   次仁 ").value());
        assertThrows(InvalidInputException.class, () -> new PersonName("   "));
        assertThrows(InvalidInputException.class, () -> new PersonName("བ".repeat(PersonName.MAX + 1)));
        assertThrows(InvalidInputException.class, () -> new PersonName("Tashi\u0007"));
    }

    @Test
    void searchKeyIgnoresCaseAndTibetanSyllableMarks() {
        assertEquals("tashi tsering", TextRules.searchKey(" Tashi  TSERING "));
        assertEquals("བཀྲ་ཤིས", TextRules.searchKey("བཀྲ་ཤིས་"));
        assertEquals("扎西", TextRules.searchKey("扎西"));
    }

    @Test
    void idCardTailTakesDigitsAndAFinalX() {
        assertEquals("123X", IdCardTail.parseOptional("123x").value());
        assertThrows(InvalidInputException.class, () -> IdCardTail.parseOptional("12X4"));
        assertThrows(InvalidInputException.class, () -> IdCardTail.parseOptional("12"));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            12,      1200
            12.5,    1250
            0.01,    1
            '1,200.00', 120000
            -3.20,   -320
            """)
    void moneyIsExactFen(String typed, long fen) {
        assertEquals(fen, Money.parse(typed).fen());
    }

    @Test
    void moneyRefusesThirdDecimalAndText() {
        assertEquals("error.money.tooManyDecimals",
                assertThrows(InvalidInputException.class, () -> Money.parse("1.005")).messageKey());
        assertEquals("error.money.notANumber",
                assertThrows(InvalidInputException.class, () -> Money.parse("ten")).messageKey());
        assertTrue(Money.parse("0.10").plus(Money.parse("0.20")).equals(Money.parse("0.30")));
    }
}
