package com.kehu.crm.web.report;

import com.kehu.crm.customer.boundary.CustomerService;
import com.kehu.crm.customer.dto.ManagerOption;
import com.kehu.crm.report.boundary.ReportService;
import com.kehu.crm.report.dto.CompositionCount;
import com.kehu.crm.report.dto.CompositionDimension;
import com.kehu.crm.web.common.Bundles;
import com.kehu.crm.web.common.DictionaryLabels;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.omnifaces.util.Faces;
import org.primefaces.event.ItemSelectEvent;

/**
 * Customer composition (客户构成分析, /report/composition/list.xhtml): current customers by level, credit,
 * satisfaction, region or manager, as a pie and a bar chart beside the counts; with a second dimension, a cross table
 * (and the bar chart stacked by the second). A click on a slice, bar or count opens the customer list filtered to it.
 * The dimensions are view parameters: the URL is the report.
 */
@Named
@ViewScoped
public class CompositionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private com.kehu.crm.web.common.LocaleBacking language;
    @EJB
    private ReportService reportService;
    @EJB
    private CustomerService customerService;
    @Inject
    private DictionaryLabels dict;

    private CompositionDimension dimension = CompositionDimension.LEVEL;
    private CompositionDimension second;
    private String chartImage;

    private List<ManagerOption> managers;
    private List<CompositionCount> counts = List.of();
    /** The first dimension's values in order, with their totals. */
    private List<Group> groups = List.of();
    /** The second dimension's values in order (empty without one). */
    private List<String> columns = List.of();
    private String pieChart;
    private String barChart;
    private long total;

    /** One value of the first dimension: its total and (with a second dimension) its count per column. */
    public record Group(String key, String label, long count, Map<String, Long> cells) implements Serializable {

        public long cell(String column) {
            return cells.getOrDefault(column, 0L);
        }
    }

    public void load() {
        ReportFilters.useSessionLanguage(language);
        managers = customerService.managers();
        if (second == dimension) {
            second = null;
        }
        counts = reportService.composition(dimension, second);
        Map<String, Group> byKey = new LinkedHashMap<>();
        Set<String> cols = new LinkedHashSet<>();
        for (CompositionCount c : counts) {
            Group g = byKey.computeIfAbsent(Objects.toString(c.key(), ""), k -> new Group(c.key(),
                    label(dimension, c.key()), 0, new LinkedHashMap<>()));
            byKey.put(Objects.toString(c.key(), ""), new Group(g.key(), g.label(), g.count() + c.count(), g.cells()));
            if (second != null) {
                String column = Objects.toString(c.key2(), "");
                cols.add(column);
                g.cells().merge(column, c.count(), Long::sum);
            }
        }
        groups = new ArrayList<>(byKey.values());
        List<String> sortedColumns = new ArrayList<>(cols);
        sortedColumns.sort(java.util.Comparator.comparing((String k) -> k.isEmpty())
                .thenComparing(k -> k.chars().allMatch(Character::isDigit) ? String.format("%20s", k) : k));
        columns = sortedColumns;
        total = groups.stream().mapToLong(Group::count).sum();
    }

    /**
     * Draws the charts from the loaded result, in the language of the page being rendered (preRenderView: also after
     * a switch of language, without asking the database again).
     */
    public void draw() {
        groups = groups.stream().map(g -> new Group(g.key(), label(dimension, g.key()), g.count(), g.cells()))
                .toList();
        List<String> labels = groups.stream().map(Group::label).toList();
        String title = Bundles.text("report_composition.chart", Bundles.text("CompositionDimension." + dimension));
        pieChart = Charts.pie(title, labels, groups.stream().map(Group::count).toList());
        List<Charts.Series> series = new ArrayList<>();
        if (second == null) {
            series.add(new Charts.Series(Bundles.text("report_composition.customers"),
                    groups.stream().map(Group::count).toList(), Charts.COLORS[0]));
        } else {
            for (int i = 0; i < columns.size(); i++) {
                String column = columns.get(i);
                series.add(new Charts.Series(columnLabel(column), groups.stream().map(g -> g.cell(column)).toList(),
                        Charts.COLORS[i % Charts.COLORS.length]));
            }
        }
        barChart = Charts.bar(title, labels, series, false, true);
    }

    public String show() {
        return "/report/composition/list?faces-redirect=true&includeViewParams=true";
    }

    /** A slice of the pie: the customers of that group. */
    public void selectSlice(ItemSelectEvent event) throws IOException {
        if (event.getItemIndex() >= 0 && event.getItemIndex() < groups.size()) {
            Faces.redirect(listUrl(groups.get(event.getItemIndex()).key(), null, false).replace("%", "%%"));
        }
    }

    /** A bar (with a second dimension, a part of a stacked bar): the customers of that group (and column). */
    public void selectBar(ItemSelectEvent event) throws IOException {
        if (event.getItemIndex() >= 0 && event.getItemIndex() < groups.size()) {
            String column = second == null || event.getDataSetIndex() >= columns.size() ? null
                    : columns.get(event.getDataSetIndex());
            Faces.redirect(listUrl(groups.get(event.getItemIndex()).key(), column, column != null)
                    .replace("%", "%%"));
        }
    }

    /**
     * The customer list filtered to one group (and column): {@code customer/list.xhtml?level=3&status=NORMAL}. A
     * customer without a value (no credit or satisfaction yet) cannot be filtered to: the list opens unfiltered there.
     */
    public String listUrl(String key, String column, boolean withColumn) {
        StringBuilder url = new StringBuilder("customer/list.xhtml?status=NORMAL");
        param(url, dimension, key);
        if (withColumn && second != null) {
            param(url, second, column);
        }
        return url.toString();
    }

    /** The same link relative to the context path, for the table's links. */
    public String link(String key, String column, boolean withColumn) {
        return Faces.getRequestContextPath() + "/" + listUrl(key, column, withColumn);
    }

    private static void param(StringBuilder url, CompositionDimension d, String value) {
        if (value != null && !value.isEmpty()) {
            url.append('&').append(d.param()).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    public String label(CompositionDimension d, String key) {
        if (key == null || key.isEmpty()) {
            return Bundles.text("report_composition.none");
        }
        return switch (d) {
            case LEVEL -> dict.label("CUSTOMER_LEVEL", key);
            case CREDIT -> dict.label("CREDIT", Integer.valueOf(key));
            case SATISFACTION -> dict.label("SATISFACTION", Integer.valueOf(key));
            case REGION -> dict.label("REGION", key);
            case MANAGER -> ReportFilters.managerName(managers, Long.valueOf(key));
        };
    }

    public String columnLabel(String column) {
        return label(second, column);
    }

    /** A share of all customers as a percentage with one decimal. */
    public String percent(long count) {
        return total == 0 ? "0.0 %" : String.format(java.util.Locale.ROOT, "%.1f %%", 100.0 * count / total);
    }

    public void pdfHead(Object document) {
        ReportPdf.head(document, Bundles.text("report_composition.title"), new ReportFilters()
                .add("report_composition.dimension", Bundles.text("CompositionDimension." + dimension))
                .add("report_composition.second", second == null ? null : Bundles.text("CompositionDimension." + second))
                .add("report_composition.customers", total)
                .lines(), chartImage);
    }

    public CompositionDimension[] getDimensions() {
        return CompositionDimension.values();
    }

    public boolean isNoData() {
        return groups.isEmpty();
    }

    public CompositionDimension getDimension() {
        return dimension;
    }

    public void setDimension(CompositionDimension dimension) {
        this.dimension = dimension == null ? CompositionDimension.LEVEL : dimension;
    }

    public CompositionDimension getSecond() {
        return second;
    }

    public void setSecond(CompositionDimension second) {
        this.second = second;
    }

    public List<Group> getGroups() {
        return groups;
    }

    public List<String> getColumns() {
        return columns;
    }

    public String getPieChart() {
        return pieChart;
    }

    public String getBarChart() {
        return barChart;
    }

    public long getTotal() {
        return total;
    }

    public String getChartImage() {
        return chartImage;
    }

    public void setChartImage(String chartImage) {
        this.chartImage = chartImage;
    }
}
