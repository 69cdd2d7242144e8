package com.kehu.crm.web.support;

import com.kehu.crm.support.boundary.SupportAnalysisService;
import com.kehu.crm.support.dto.Granularity;
import com.kehu.crm.support.dto.PeriodCount;
import com.kehu.crm.support.dto.SatisfactionCount;
import com.kehu.crm.support.entity.ServiceRequest;
import com.kehu.crm.web.common.Bundles;
import com.kehu.crm.web.common.DictionaryLabels;
import com.kehu.crm.web.common.ScriptJson;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The analysis of customer service (图表分析): requests by type per month, quarter or year, and feedback by
 * satisfaction, each as a chart with its numbers in a table beside it (exportable). Complaints are drawn in red and
 * their rows highlighted. The charts are Chart.js configurations (PrimeFaces {@code p:chart}), written with JSON-P so
 * that every label stays inside its string, and made safe for the script block PrimeFaces writes them into
 * ({@link ScriptJson}): a dictionary label is shown as typed, never run.
 */
@Named
@ViewScoped
public class SupportAnalysisBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String COMPLAINT_COLOR = "#dc2626";
    private static final String[] COLORS = {"#2563eb", "#16a34a", "#f59e0b", "#7c3aed", "#0891b2", "#db2777"};
    private static final String[] STAR_COLORS = {"#dc2626", "#f97316", "#facc15", "#84cc16", "#16a34a"};

    @EJB
    private SupportAnalysisService analysisService;

    @Inject
    private DictionaryLabels dict;

    private LocalDate from;
    private LocalDate to;
    private Granularity granularity = Granularity.MONTH;
    private List<PeriodCount> byType = List.of();
    private List<SatisfactionCount> bySatisfaction = List.of();
    private String typeChart;
    private String satisfactionChart;
    private long total;
    private long complaints;

    @PostConstruct
    void init() {
        to = LocalDate.now();
        from = to.withDayOfYear(1);
        show();
    }

    /** Counts again for the chosen period and granularity. */
    public void show() {
        byType = analysisService.byType(from, to, granularity);
        bySatisfaction = analysisService.bySatisfaction(from, to);
        total = byType.stream().mapToLong(PeriodCount::count).sum();
        complaints = byType.stream().filter(PeriodCount::complaint).mapToLong(PeriodCount::count).sum();
        typeChart = typeChart();
        satisfactionChart = satisfactionChart();
    }

    private String typeChart() {
        Set<String> periods = new LinkedHashSet<>();
        Map<String, Map<String, Long>> byTypeAndPeriod = new LinkedHashMap<>();
        for (PeriodCount p : byType) {
            periods.add(p.period());
            byTypeAndPeriod.computeIfAbsent(p.type(), t -> new LinkedHashMap<>()).put(p.period(), p.count());
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int i = 0;
        List<String> types = new ArrayList<>(byTypeAndPeriod.keySet());
        for (String type : types) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            periods.forEach(p -> data.add(byTypeAndPeriod.get(type).getOrDefault(p, 0L)));
            String color = ServiceRequest.COMPLAINT.equals(type) ? COMPLAINT_COLOR : COLORS[i++ % COLORS.length];
            datasets.add(Json.createObjectBuilder().add("label", typeLabel(type)).add("data", data)
                    .add("backgroundColor", color).add("borderColor", color));
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        periods.forEach(labels::add);
        return chart("bar", labels, datasets, Bundles.text("support_analysis.byType"), true);
    }

    private String satisfactionChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        JsonArrayBuilder colors = Json.createArrayBuilder();
        for (SatisfactionCount s : bySatisfaction) {
            labels.add(satisfactionLabel(s.satisfaction()));
            data.add(s.count());
            colors.add(STAR_COLORS[s.satisfaction() - 1]);
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("label", Bundles.text("support_analysis.feedbacks")).add("data", data)
                .add("backgroundColor", colors));
        return chart("bar", labels, datasets, Bundles.text("support_analysis.bySatisfaction"), false);
    }

    private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, String title,
                                boolean legend) {
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("animation", false)
                .add("plugins", Json.createObjectBuilder()
                        .add("title", Json.createObjectBuilder().add("display", true).add("text", title))
                        .add("legend", Json.createObjectBuilder().add("display", legend)))
                .add("scales", Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0))));
        return ScriptJson.embeddable(Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString());
    }

    public String typeLabel(String type) {
        return dict.label("SERVICE_TYPE", type);
    }

    public String satisfactionLabel(int stars) {
        return stars + " ★ " + dict.label("SATISFACTION", stars);
    }

    public long getTotal() {
        return total;
    }

    public long getComplaints() {
        return complaints;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Granularity getGranularity() {
        return granularity;
    }

    public void setGranularity(Granularity granularity) {
        this.granularity = granularity;
    }

    public Granularity[] getGranularities() {
        return Granularity.values();
    }

    public List<PeriodCount> getByType() {
        return byType;
    }

    public List<SatisfactionCount> getBySatisfaction() {
        return bySatisfaction;
    }

    public String getTypeChart() {
        return typeChart;
    }

    public String getSatisfactionChart() {
        return satisfactionChart;
    }
}
