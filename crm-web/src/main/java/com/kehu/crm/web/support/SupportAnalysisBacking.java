package com.kehu.crm.web.support;

import com.kehu.crm.support.boundary.SupportAnalysisService;
import com.kehu.crm.support.dto.Granularity;
import com.kehu.crm.support.dto.PeriodCount;
import com.kehu.crm.support.dto.SatisfactionCount;
import com.kehu.crm.support.dto.ServiceDimension;
import com.kehu.crm.support.dto.ServiceFigure;
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
 * The analysis of customer service (图表分析, and the report 客户服务分析): requests by type per month, quarter or
 * year, feedback by satisfaction, and the requests by type, status or handler with average satisfaction and days to
 * archive, each as a chart with its numbers in a table beside it (exportable); a group opens the archive list filtered
 * to it. Period, granularity and grouping are view parameters (a bookmark link carries them). A manager (report.service)
 * sees the requests of their own customers: the service decides that. Complaints are drawn in red and
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

    @Inject
    private com.kehu.crm.web.common.LocaleBacking language;
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
    private ServiceDimension dimension = ServiceDimension.TYPE;
    private List<ServiceFigure> figures = List.of();
    private String figureChart;
    private String chartImage;

    @PostConstruct
    void init() {
        to = LocalDate.now();
        from = to.withDayOfYear(1);
    }

    /** The analysis for the URL's period, granularity and grouping (view parameters; without them: this year). */
    public void load() {
        com.kehu.crm.web.report.ReportFilters.useSessionLanguage(language);
        if (from == null || to == null) {
            init();
        }
        granularity = granularity == null ? Granularity.MONTH : granularity;
        dimension = dimension == null ? ServiceDimension.TYPE : dimension;
        show();
    }

    /** Counts again for the chosen period, granularity and grouping. */
    public void show() {
        try {
            count();
        } catch (com.kehu.crm.common.boundary.BusinessException e) {
            com.kehu.crm.web.common.FacesMessages.error(e);
        }
    }

    private void count() {
        byType = analysisService.byType(from, to, granularity);
        bySatisfaction = analysisService.bySatisfaction(from, to);
        figures = analysisService.figures(from, to, dimension);
        total = byType.stream().mapToLong(PeriodCount::count).sum();
        complaints = byType.stream().filter(PeriodCount::complaint).mapToLong(PeriodCount::count).sum();
    }

    /**
     * Draws the charts from the loaded result, in the language of the page being rendered (preRenderView: also after
     * a switch of language, without asking the database again).
     */
    public void draw() {
        figureChart = figureChart();
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

    private String figureChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder counts = Json.createArrayBuilder();
        JsonArrayBuilder archived = Json.createArrayBuilder();
        for (ServiceFigure f : figures) {
            labels.add(figureLabel(f));
            counts.add(f.count());
            archived.add(f.archived());
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("label", Bundles.text("support_analysis.count")).add("data", counts)
                        .add("backgroundColor", COLORS[0]).add("borderColor", COLORS[0]))
                .add(Json.createObjectBuilder().add("label", Bundles.text("support_analysis.archived"))
                        .add("data", archived).add("backgroundColor", COLORS[1]).add("borderColor", COLORS[1]));
        return chart("bar", labels, datasets, Bundles.text("support_analysis.by", Bundles.text("ServiceDimension."
                + dimension)), true);
    }

    /** A group's label: the type's or status' name in the user's language, the handler's name. */
    public String figureLabel(ServiceFigure f) {
        if (f.key() == null) {
            return Bundles.text("support_analysis.unassigned");
        }
        return switch (dimension) {
            case TYPE -> typeLabel(f.key());
            case STATUS -> Bundles.text("ServiceStatus." + f.key());
            case HANDLER -> f.label();
        };
    }

    /** The archive list with the requests of one group, in the analysed period. */
    public String archiveLink(ServiceFigure f) {
        StringBuilder url = new StringBuilder(org.omnifaces.util.Faces.getRequestContextPath())
                .append("/support/archive/list.xhtml?from=").append(from).append("&to=").append(to);
        if (f.key() != null) {
            String param = switch (dimension) {
                case TYPE -> "type";
                case STATUS -> "status";
                case HANDLER -> "assignee";
            };
            url.append('&').append(param).append('=')
                    .append(java.net.URLEncoder.encode(f.key(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return url.toString();
    }

    /** A click on a bar of the figures' chart opens the archive list of that group. */
    public void selectFigure(org.primefaces.event.ItemSelectEvent event) throws java.io.IOException {
        if (event.getItemIndex() >= 0 && event.getItemIndex() < figures.size()) {
            org.omnifaces.util.Faces.redirect(archiveLink(figures.get(event.getItemIndex())).replace("%", "%%"));
        }
    }

    /** The PDF export's head: title, period, grouping, the figures' chart. */
    public void pdfHead(Object document) {
        com.kehu.crm.web.report.ReportPdf.head(document, Bundles.text("support_analysis.title"), List.of(
                Bundles.text("report.period") + ": " + from + " – " + to,
                Bundles.text("support_analysis.groupBy") + ": " + Bundles.text("ServiceDimension." + dimension)),
                chartImage);
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

    public ServiceDimension getDimension() {
        return dimension;
    }

    public void setDimension(ServiceDimension dimension) {
        this.dimension = dimension;
    }

    public ServiceDimension[] getDimensions() {
        return ServiceDimension.values();
    }

    public List<ServiceFigure> getFigures() {
        return figures;
    }

    public String getFigureChart() {
        return figureChart;
    }

    public String getChartImage() {
        return chartImage;
    }

    public void setChartImage(String chartImage) {
        this.chartImage = chartImage;
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
