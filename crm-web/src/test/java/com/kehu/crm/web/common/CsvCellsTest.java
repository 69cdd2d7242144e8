package com.kehu.crm.web.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** What a spreadsheet would run as a formula gets a leading quote; text and plain numbers stay as they are. */
class CsvCellsTest {

    @Test
    void formulasGetALeadingQuote() {
        assertEquals("'=HYPERLINK(\"http://x\",\"y\")", CsvCells.neutralise("=HYPERLINK(\"http://x\",\"y\")"));
        assertEquals("'+1+2", CsvCells.neutralise("+1+2"));
        assertEquals("'@SUM(1)", CsvCells.neutralise("@SUM(1)"));
        assertEquals("'-2+3", CsvCells.neutralise("-2+3"));
        assertEquals("'\t=1+1", CsvCells.neutralise("\t=1+1"));
        assertEquals("'\r=1+1", CsvCells.neutralise("\r=1+1"));
        assertEquals("'＝1+1", CsvCells.neutralise("＝1+1"));
        assertEquals("'-cmd|' /C calc'!A0", CsvCells.neutralise("-cmd|' /C calc'!A0"));
    }

    @Test
    void plainNumbersAndTextStay() {
        assertEquals("-12", CsvCells.neutralise("-12"));
        assertEquals("-1,234.50", CsvCells.neutralise("-1,234.50"));
        assertEquals("+86", CsvCells.neutralise("+86"));
        assertEquals("0.5", CsvCells.neutralise("0.5"));
        assertEquals("北京华信科技有限公司", CsvCells.neutralise("北京华信科技有限公司"));
        assertEquals("a=b", CsvCells.neutralise("a=b"));
        assertEquals("", CsvCells.neutralise(""));
        assertNull(CsvCells.neutralise(null));
    }

    @Test
    void somethingThatOnlyLooksLikeANumberIsNeutralised() {
        assertEquals("'-1-1", CsvCells.neutralise("-1-1"));
        assertEquals("'+86 10 6250 1234", CsvCells.neutralise("+86 10 6250 1234"));
        assertEquals("'-1,2", CsvCells.neutralise("-1,2"));
    }
}
