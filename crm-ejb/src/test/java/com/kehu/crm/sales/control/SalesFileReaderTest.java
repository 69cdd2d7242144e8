package com.kehu.crm.sales.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.kehu.crm.common.boundary.BusinessException;
import com.kehu.crm.sales.dto.CsvKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sales files office users produce, read as rows in the order of the kind's fields. */
class SalesFileReaderTest {

    @Test
    void aGbkFileWithChineseHeadersInAnotherOrderAndAQuotedLineBreak() throws IOException {
        String csv = "产品名称,外部编号,单价,单位,型号,批次,备注\r\n"
                + "千兆交换机,P1,1650.00,台,KS-4824G,B1,\"两行\n说明, 带逗号\"\r\n"
                + "\r\n"
                + "光纤跳线,P2,18.50,根,FJ-3M,B2,\r\n";
        List<SalesFileReader.Row> rows = read(CsvKind.PRODUCTS, csv.getBytes(Charset.forName("GBK")));
        assertEquals(2, rows.size());
        assertEquals(List.of("P1", "千兆交换机", "KS-4824G", "B1", "台", "1650.00"), rows.get(0).values());
        assertEquals(List.of("P2", "光纤跳线", "FJ-3M", "B2", "根", "18.50"), rows.get(1).values());
        assertEquals(2, rows.get(0).line(), "the line where the row begins");
        assertEquals(5, rows.get(1).line(), "after a field that holds a line break, and an empty line");
    }

    @Test
    void aUtf8FileWithAByteOrderMark() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write("externalId,productId,warehouse,location,quantity,memo\nS1,P1,北京仓,A-01,5,调拨\n"
                .getBytes(StandardCharsets.UTF_8));
        List<SalesFileReader.Row> rows = read(CsvKind.INVENTORY, bytes.toByteArray());
        assertEquals(List.of("S1", "P1", "北京仓", "A-01", "5", "调拨"), rows.get(0).values());
    }

    @Test
    void refusalsSayWhy() {
        assertEquals("sales.file.encoding", refused(CsvKind.PRODUCTS,
                "externalId,name\n".getBytes(StandardCharsets.UTF_16LE)).getKey());
        assertEquals("sales.file.empty", refused(CsvKind.PRODUCTS, new byte[0]).getKey());
        BusinessException columns = refused(CsvKind.PRODUCTS, "外部编号,名称,单位\nP1,x,台\n"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals("sales.file.columns", columns.getKey());
        assertArrayEquals(new Object[] {"price"}, columns.getArgs(), "model and batch are optional");
    }

    private static List<SalesFileReader.Row> read(CsvKind kind, byte[] bytes) throws IOException {
        List<SalesFileReader.Row> rows = new ArrayList<>();
        try (SalesFileReader reader = SalesFileReader.open(kind, new ByteArrayInputStream(bytes))) {
            reader.forEach(rows::add);
        }
        return rows;
    }

    private static BusinessException refused(CsvKind kind, byte[] bytes) {
        return assertThrows(BusinessException.class, () -> read(kind, bytes));
    }
}
