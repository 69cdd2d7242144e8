package com.kehu.crm.web.dashboard;

import com.kehu.crm.dashboard.boundary.DashboardService;
import com.kehu.crm.dashboard.dto.KeyFigures;
import com.kehu.crm.dashboard.dto.MonthAmount;
import com.kehu.crm.dashboard.dto.StatusCount;
import com.kehu.crm.dashboard.dto.TopCustomer;
import com.kehu.crm.dashboard.dto.Waiting;
import com.kehu.crm.web.common.Bundles;
import com.kehu.crm.web.common.LocaleBacking;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The home page (首页): the welcome, what waits for the user (loaded with the page, a handful of indexed counts) and the
 * key figures, which the page asks for once it is shown ({@code p:remoteCommand}), so that the shell never waits for
 * them. Both are loaded once per view into fields; the getters only return them. The charts are Chart.js
 * configurations built with JSON-P and made safe for the script block ({@link ScriptJson}): customer names stay text.
 */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String[] COLORS = {"#2563eb", "#16a34a", "#f59e0b", "#7c3aed", "#0891b2", "#db2777"};
    private static final String LOST_COLOR = "#dc2626";
    private static final String WON_COLOR = "#16a34a";

    @EJB
    private DashboardService dashboardService;
    /** The user's language: the charts are built during the remote command, before the view's locale is applied. */
    @Inject
    private LocaleBacking localeBacking;

    private LocalDate today;
    private Waiting waiting;
    private boolean figuresLoaded;
    private KeyFigures figures;
    private String customersChart;
    private String opportunitiesChart;
    private String requestsChart;
    private String churnChart;
    private String revenueChart;
    private String topChart;
    /** The language the charts were drawn in. */
    private java.util.Locale chartsLocale;

    @PostConstruct
    void init() {
        today = dashboardService.today();
        waiting = dashboardService.waiting(today);
    }

    /** The page's remote command, once it is shown: the key figures and their charts. */
    public void loadFigures() {
        if (!figuresLoaded) {
            figures = dashboardService.keyFigures(today).orElse(null);
            figuresLoaded = true;
        }
        if (figures != null && !localeBacking.getLocale().equals(chartsLocale)) {
            drawCharts();
            chartsLocale = localeBacking.getLocale();
        }
    }

    /** The charts' configurations, in the user's language (again after a switch of language on this view). */
    private void drawCharts() {
        if (figures.customers() != null) {
            KeyFigures.NewCustomers c = figures.customers();
            customersChart = c.thisMonth() + c.lastMonth() == 0 ? null : bar(
                    labels(text("dashboard.figures.lastMonth"), text("dashboard.figures.thisMonth")),
                    dataset(text("dashboard.figures.newCustomers"), List.of(c.lastMonth(), c.thisMonth()),
                            COLORS[0]), false, false);
        }
        if (figures.opportunities() != null && figures.opportunities().stream().anyMatch(s -> s.count() > 0)) {
            opportunitiesChart = statusChart("doughnut", figures.opportunities(), "OpportunityStatus.",
                    text("dashboard.figures.opportunities"));
        }
        if (figures.requests() != null && figures.requests().stream().anyMatch(s -> s.count() > 0)) {
            requestsChart = statusChart("bar", figures.requests(), "ServiceStatus.", text("dashboard.figures.requests"));
        }
        if (figures.churn() != null && figures.churn().lost() + figures.churn().wonBack() > 0) {
            JsonArrayBuilder colors = Json.createArrayBuilder().add(LOST_COLOR).add(WON_COLOR);
            churnChart = bar(labels(text("ChurnStatus.LOST"), text("ChurnStatus.WON_BACK")),
                    Json.createObjectBuilder().add("label", text("dashboard.figures.churn"))
                            .add("data", numbers(List.of(figures.churn().lost(), figures.churn().wonBack())))
                            .add("backgroundColor", colors), false, false);
        }
        if (figures.revenue() != null) {
            KeyFigures.Revenue r = figures.revenue();
            if (r.total().signum() != 0) {
                JsonArrayBuilder months = Json.createArrayBuilder();
                r.months().forEach(m -> months.add(m.month().toString()));
                revenueChart = chart("line", months, Json.createArrayBuilder().add(
                        dataset(text("dashboard.figures.revenue"), r.months().stream().map(MonthAmount::amount).toList(),
                                COLORS[0]).add("fill", false).add("tension", 0.2)), false, false, true);
            }
            if (!r.top().isEmpty()) {
                JsonArrayBuilder names = Json.createArrayBuilder();
                r.top().forEach(t -> names.add(t.name()));
                topChart = chart("bar", names, Json.createArrayBuilder().add(dataset(text("dashboard.figures.amount"),
                        r.top().stream().map(TopCustomer::amount).toList(), COLORS[1])), false, true, true);
            }
        }
    }

    private String statusChart(String type, List<StatusCount> counts, String keyPrefix, String title) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder colors = Json.createArrayBuilder();
        for (int i = 0; i < counts.size(); i++) {
            labels.add(text(keyPrefix + counts.get(i).status()));
            colors.add(COLORS[i % COLORS.length]);
        }
        JsonObjectBuilder data = Json.createObjectBuilder().add("label", title)
                .add("data", numbers(counts.stream().map(StatusCount::count).toList())).add("backgroundColor", colors);
        return "doughnut".equals(type)
                ? chart(type, labels, Json.createArrayBuilder().add(data), true, false)
                : bar(labels, data, false, false);
    }

    private static JsonArrayBuilder labels(String... labels) {
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (String l : labels) {
            out.add(l);
        }
        return out;
    }

    private static JsonObjectBuilder dataset(String label, List<? extends Number> values, String color) {
        return Json.createObjectBuilder().add("label", label).add("data", numbers(values))
                .add("backgroundColor", color).add("borderColor", color);
    }

    private static JsonArrayBuilder numbers(List<? extends Number> values) {
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (Number n : values) {
            if (n instanceof BigDecimal d) {
                out.add(d);
            } else {
                out.add(n.longValue());
            }
        }
        return out;
    }

    private static String bar(JsonArrayBuilder labels, JsonObjectBuilder dataset, boolean legend, boolean horizontal) {
        return chart("bar", labels, Json.createArrayBuilder().add(dataset), legend, horizontal);
    }

    private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean legend,
                                boolean horizontal) {
        return chart(type, labels, datasets, legend, horizontal, false);
    }

    /** A Chart.js configuration; counts get whole-number ticks, money ({@code money}) any. */
    private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean legend,
                                boolean horizontal, boolean money) {
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("display", legend).add("position", "right")));
        if (!"doughnut".equals(type)) {
            JsonObjectBuilder value = Json.createObjectBuilder().add("beginAtZero", true);
            if (!money) {
                value.add("ticks", Json.createObjectBuilder().add("precision", 0));
            }
            options.add("scales", Json.createObjectBuilder().add(horizontal ? "x" : "y", value));
        }
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return ScriptJson.embeddable(Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString());
    }

    private String text(String key) {
        return Bundles.text(localeBacking.getLocale(), key);
    }

    public LocalDate getToday() {
        return today;
    }

    public Waiting getWaiting() {
        return waiting;
    }

    /** Loaded, and drawn in the user's current language (after a switch, the remote command draws them again). */
    public boolean isFiguresLoaded() {
        return figuresLoaded && (figures == null || localeBacking.getLocale().equals(chartsLocale));
    }

    public KeyFigures getFigures() {
        return figures;
    }

    public String getCustomersChart() {
        return customersChart;
    }

    public String getOpportunitiesChart() {
        return opportunitiesChart;
    }

    public String getRequestsChart() {
        return requestsChart;
    }

    public String getChurnChart() {
        return churnChart;
    }

    public String getRevenueChart() {
        return revenueChart;
    }

    public String getTopChart() {
        return topChart;
    }
}
