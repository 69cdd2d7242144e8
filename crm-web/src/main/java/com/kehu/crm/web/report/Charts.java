package com.kehu.crm.web.report;

import com.kehu.crm.web.common.ScriptJson;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;

/**
 * Chart.js configurations for {@code p:chart}, written with JSON-P (every label stays inside its string) and made
 * safe for the script block PrimeFaces writes them into ({@link ScriptJson}). One place for the look of every report
 * chart: no animation (a chart is complete when the page is), integers on count axes.
 */
final class Charts {

    static final String[] COLORS = {"#2563eb", "#16a34a", "#f59e0b", "#7c3aed", "#0891b2", "#db2777", "#dc2626",
            "#65a30d", "#9333ea", "#0d9488", "#ea580c", "#4b5563"};

    private Charts() {
    }

    /** One data set. Values: numbers (long or BigDecimal). */
    record Series(String label, List<? extends Number> values, String color) {
    }

    static String bar(String title, List<String> labels, List<Series> series, boolean horizontal, boolean counts) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Series s : series) {
            datasets.add(Json.createObjectBuilder().add("label", s.label()).add("data", numbers(s.values()))
                    .add("backgroundColor", s.color()).add("borderColor", s.color()));
        }
        JsonObjectBuilder valueAxis = Json.createObjectBuilder().add("beginAtZero", true);
        if (counts) {
            valueAxis.add("ticks", Json.createObjectBuilder().add("precision", 0));
        }
        JsonObjectBuilder options = options(title, series.size() > 1)
                .add("scales", Json.createObjectBuilder().add(horizontal ? "x" : "y", valueAxis));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return config("bar", labels, datasets, options);
    }

    static String pie(String title, List<String> labels, List<? extends Number> values) {
        JsonArrayBuilder colors = Json.createArrayBuilder();
        for (int i = 0; i < labels.size(); i++) {
            colors.add(COLORS[i % COLORS.length]);
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("data", numbers(values)).add("backgroundColor", colors));
        return config("pie", labels, datasets, options(title, true));
    }

    private static JsonObjectBuilder options(String title, boolean legend) {
        return Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("plugins", Json.createObjectBuilder()
                        .add("title", Json.createObjectBuilder().add("display", true).add("text", title))
                        .add("legend", Json.createObjectBuilder().add("display", legend)));
    }

    private static JsonArrayBuilder numbers(List<? extends Number> values) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (Number n : values) {
            if (n instanceof BigDecimal d) {
                data.add(d);
            } else {
                data.add(n.longValue());
            }
        }
        return data;
    }

    private static String config(String type, List<String> labels, JsonArrayBuilder datasets,
                                 JsonObjectBuilder options) {
        JsonArrayBuilder l = Json.createArrayBuilder();
        labels.forEach(l::add);
        return ScriptJson.embeddable(Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", l).add("datasets", datasets))
                .add("options", options).build().toString());
    }
}
