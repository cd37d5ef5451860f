package org.skyroad.station.goods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.goods.LotCode;
import org.skyroad.station.domain.station.StationCode;

/** Lot codes: station, day, sequence and a check character that catches typing mistakes. */
class LotCodeTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    private static LotCode issuable(String station, LocalDate day, int seq) {
        int s = seq;
        while (!LotCode.isIssuable(station, day, s)) {
            s++;
        }
        return new LotCode(station, day, s);
    }

    @Test
    void aCodeIsStationDateSequenceAndCheckCharacter() {
        LotCode code = issuable(LotCode.stationPartOf(StationCode.parse("TS-003")), DAY, 42);
        assertTrue(code.value().matches("TS003-261123-00\\d\\d-[0-9A-Z]"), code.value());
        assertEquals(code, LotCode.parse(code.value()));
    }

    @Test
    void typedLowerCaseWithSpacesOrFullWidthDashesIsTheSameCode() {
        LotCode code = issuable("TS003", DAY, 42);
        assertEquals(code, LotCode.parse(code.value().toLowerCase().replace('-', ' ')));
        assertEquals(code, LotCode.parse("  " + code.value().replace('-', '－') + " "));
    }

    @Test
    void theFirstLineOfALabelQrTextIsReadAsItsCode() {
        LotCode code = issuable("TS003", DAY, 7);
        assertEquals(code, LotCode.parse(LotCode.SCAN_PREFIX + code.value() + "\n产品 Product: 蜂蜜 Honey"));
    }

    @Test
    void everySingleWrongCharacterIsCaught() {
        for (LotCode code : sample()) {
            String text = code.value();
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '-') {
                    continue;
                }
                for (char c : LotCode.ALPHABET.toCharArray()) {
                    if (c == text.charAt(i)) {
                        continue;
                    }
                    String typo = text.substring(0, i) + c + text.substring(i + 1);
                    assertRefused(typo);
                }
            }
        }
    }

    @Test
    void everySwapOfTwoNeighbouringCharactersIsCaught() {
        for (LotCode code : sample()) {
            String text = code.value();
            for (int i = 0; i + 1 < text.length(); i++) {
                char a = text.charAt(i);
                char b = text.charAt(i + 1);
                if (a == b) {
                    continue;
                }
                String swapped = text.substring(0, i) + b + a + text.substring(i + 2);
                assertRefused(swapped);
            }
        }
    }

    private static void assertRefused(String typo) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> LotCode.parse(typo), typo);
        assertTrue(e.messageKey().equals("error.lot.codeCheck") || e.messageKey().equals("error.lot.code"),
                typo + " " + e.messageKey());
    }

    @Test
    void aMistypedCheckCharacterSaysItIsATypingMistake() {
        LotCode code = issuable("TS003", DAY, 42);
        String text = code.value();
        char wrong = text.charAt(text.length() - 1) == '0' ? '1' : '0';
        var e = assertThrows(InvalidInputException.class, () -> LotCode.parse(text.substring(0, text.length() - 1) + wrong));
        assertEquals("error.lot.codeCheck", e.messageKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "TS003", "TS003-261123-0042", "TS003-261123-42-7", "TS003-261332-0042-7",
        "TS003-261123-0042-77", "TS-003-261123-0042-7", "TS003/261123/0042/7", "扎西-261123-0042-7"})
    void somethingThatIsNotShapedLikeALotCodeIsRefused(String text) {
        var e = assertThrows(InvalidInputException.class, () -> LotCode.parse(text));
        assertTrue(List.of("error.lot.code", "error.lot.codeCheck").contains(e.messageKey()), e.messageKey());
    }

    @Test
    void aSequenceWhoseCheckWouldBeAStarIsNeverIssued() {
        int skipped = 0;
        for (int seq = 1; seq <= 2_000; seq++) {
            if (!LotCode.isIssuable("TS003", DAY, seq)) {
                skipped++;
                int s = seq;
                assertThrows(IllegalArgumentException.class, () -> new LotCode("TS003", DAY, s));
            } else {
                assertTrue(Character.isLetterOrDigit(new LotCode("TS003", DAY, seq).check()));
            }
        }
        assertTrue(skipped > 20 && skipped < 100, "about one in 37 is skipped: " + skipped);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
        TS-003,  TS003
        NGA-HUB, NGAHUB
        LH-0012, LH0012
        """)
    void theStationPartIsTheStationCodeWithoutItsHyphen(String station, String part) {
        assertEquals(part, LotCode.stationPartOf(StationCode.parse(station)));
    }

    private static List<LotCode> sample() {
        Random r = new Random(7);
        List<LotCode> codes = new ArrayList<>();
        String[] stations = {"TS003", "NGAHUB", "LH0012", "AB123"};
        for (int i = 0; i < 40; i++) {
            codes.add(issuable(stations[i % stations.length], DAY.plusDays(r.nextInt(2000)), 1 + r.nextInt(99_000)));
        }
        return codes;
    }
}
