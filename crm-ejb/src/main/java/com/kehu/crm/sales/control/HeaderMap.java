package com.kehu.crm.sales.control;

import com.kehu.crm.sales.dto.CsvKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which column of a file holds which field, found by the header's names: the English names of {@link CsvKind} or
 * their Chinese names, in any order, case, spacing and with {@code _} or {@code -} between words; columns no field
 * knows are ignored. A file without a header for one of the required fields is refused with the fields it lacks.
 */
public final class HeaderMap {

    /** The Chinese names a field's column may have, besides its English name. */
    private static final Map<String, List<String>> CHINESE = Map.ofEntries(
            Map.entry("externalId", List.of("外部编号", "编号", "销售系统编号")),
            Map.entry("name", List.of("名称", "产品名称")),
            Map.entry("model", List.of("型号", "规格型号")),
            Map.entry("batch", List.of("批次", "等级批次")),
            Map.entry("unit", List.of("单位")),
            Map.entry("price", List.of("单价", "价格")),
            Map.entry("productId", List.of("产品编号", "产品")),
            Map.entry("warehouse", List.of("仓库")),
            Map.entry("location", List.of("货位")),
            Map.entry("quantity", List.of("数量", "件数")),
            Map.entry("memo", List.of("备注")),
            Map.entry("orderNo", List.of("订单号", "订单编号")),
            Map.entry("customerNo", List.of("客户编号")),
            Map.entry("orderDate", List.of("订单日期", "下单日期", "日期")),
            Map.entry("deliveryAddress", List.of("送货地址", "地址")),
            Map.entry("status", List.of("状态", "订单状态")),
            Map.entry("unitPrice", List.of("单价", "价格")));

    private final Map<String, Integer> positions;

    private final CsvKind kind;

    private HeaderMap(CsvKind kind, Map<String, Integer> positions) {
        this.kind = kind;
        this.positions = positions;
    }

    /** The field of each known header of {@code kind}; the fields no header names are in {@link #missing()}. */
    public static HeaderMap of(CsvKind kind, List<String> header) {
        Map<String, String> names = new HashMap<>();
        for (String field : kind.columns()) {
            names.put(normal(field), field);
            CHINESE.getOrDefault(field, List.of()).forEach(n -> names.putIfAbsent(normal(n), field));
        }
        Map<String, Integer> positions = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String field = names.get(normal(header.get(i)));
            if (field != null) {
                positions.putIfAbsent(field, i);
            }
        }
        Map<String, Integer> ordered = new LinkedHashMap<>();
        kind.columns().forEach(f -> ordered.put(f, positions.get(f)));
        return new HeaderMap(kind, ordered);
    }

    /**
     * The required fields of the kind that no column of the header names, in the kind's order. An optional field
     * ({@link CsvKind#optional()}) may have no column: its values are empty.
     */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        positions.forEach((field, position) -> {
            if (position == null && !kind.optional().contains(field)) {
                missing.add(field);
            }
        });
        return missing;
    }

    /** The fields' values of one row, in the kind's order ({@code ""} for a row shorter than the header). */
    public List<String> values(List<String> row) {
        List<String> values = new ArrayList<>(positions.size());
        positions.values().forEach(p -> values.add(p != null && p < row.size() ? row.get(p) : ""));
        return values;
    }

    private static String normal(String name) {
        return name.strip().replace("\uFEFF", "").replaceAll("[\\s_\\-]", "").toLowerCase(Locale.ROOT);
    }
}
