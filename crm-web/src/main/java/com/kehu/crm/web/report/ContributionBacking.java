package com.kehu.crm.web.report;

import com.kehu.crm.common.boundary.BusinessException;
import com.kehu.crm.customer.boundary.CustomerService;
import com.kehu.crm.customer.dto.ManagerOption;
import com.kehu.crm.report.boundary.ReportService;
import com.kehu.crm.report.dto.ContributionCriteria;
import com.kehu.crm.report.dto.ContributionReport;
import com.kehu.crm.report.dto.ContributionRow;
import com.kehu.crm.web.common.Bundles;
import com.kehu.crm.web.common.DictionaryLabels;
import com.kehu.crm.web.common.FacesMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.util.Faces;
import org.primefaces.event.ItemSelectEvent;

/**
 * Customer contribution (客户贡献分析, /report/contribution/list.xhtml): the customers ranked by Σ quantity × unit
 * price of their shipped and paid orders, with shares and ABC classes, beside a bar chart of the top N. The filters
 * live in the URL (view parameters): "show" redirects to the URL of the new filters, so that every report state can be
 * bookmarked. A click on a customer (table or bar) opens its order history.
 */
@Named
@ViewScoped
public class ContributionBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int DEFAULT_TOP = 10;

    @Inject
    private com.kehu.crm.web.common.LocaleBacking language;
    @EJB
    private ReportService reportService;
    @EJB
    private CustomerService customerService;
    @Inject
    private DictionaryLabels dict;

    /** The filters, bound to the page's fields and to the URL's view parameters. */
    private final ContributionCriteria criteria = new ContributionCriteria();
    private Integer year;
    private int top = DEFAULT_TOP;
    private String chartImage;

    private List<ManagerOption> managers;
    private ContributionReport report = new ContributionReport(List.of(), BigDecimal.ZERO, 0);
    private String chart;

    /** Runs the report for the URL's filters (without any: the current year). */
    public void load() {
        ReportFilters.useSessionLanguage(language);
        managers = customerService.managers();
        if (year == null && criteria.getFrom() == null && criteria.getTo() == null) {
            year = LocalDate.now().getYear();
        }
        if (year != null) {
            criteria.setFrom(LocalDate.of(year, 1, 1));
            criteria.setTo(LocalDate.of(year, 12, 31));
        }
        top = Math.max(1, Math.min(top, 50));
        try {
            report = reportService.contribution(criteria);
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    /**
     * Draws the charts from the loaded result, in the language of the page being rendered (preRenderView: also after
     * a switch of language, without asking the database again).
     */
    public void draw() {
        List<ContributionRow> shown = report.rows().stream().limit(top).toList();
        chart = Charts.bar(Bundles.text("report_contribution.chart", shown.size()),
                shown.stream().map(ContributionRow::customerName).toList(),
                List.of(new Charts.Series(Bundles.text("report_contribution.amount"),
                        shown.stream().map(ContributionRow::amount).toList(), Charts.COLORS[0])), true, false);
    }

    /** The report for the filters just entered, by its own URL. A chosen year wins over a date range. */
    public String show() {
        if (year != null) {
            criteria.setFrom(null);
            criteria.setTo(null);
        }
        return "/report/contribution/list?faces-redirect=true&includeViewParams=true";
    }

    /** Clicking a bar opens that customer's order history. */
    public void selectBar(ItemSelectEvent event) throws IOException {
        List<ContributionRow> rows = report.rows();
        if (event.getItemIndex() >= 0 && event.getItemIndex() < rows.size()) {
            Faces.redirect("customer/view.xhtml?id=%s&tab=orders", String.valueOf(rows.get(event.getItemIndex())
                    .customerId()));
        }
    }

    /** The PDF export's head: title, filters, chart. */
    public void pdfHead(Object document) {
        ReportPdf.head(document, Bundles.text("report_contribution.title"), new ReportFilters()
                .criteria(criteria, managers)
                .add("customer.region", label("REGION", criteria.getRegion()))
                .add("customer.level", label("CUSTOMER_LEVEL", criteria.getLevel()))
                .period(criteria.getFrom(), criteria.getTo())
                .add("report_contribution.total", report.total().toPlainString())
                .lines(), chartImage);
    }

    private String label(String kind, String code) {
        return code == null ? null : dict.label(kind, code);
    }

    public String levelLabel(String value) {
        return dict.label("CUSTOMER_LEVEL", value);
    }

    public String regionLabel(String value) {
        return dict.label("REGION", value);
    }

    /** A share (0..1) as a percentage with one decimal. */
    public String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + " %";
    }

    /** The years to choose from: this one and the nine before. */
    public List<Integer> getYears() {
        int now = LocalDate.now().getYear();
        return java.util.stream.IntStream.rangeClosed(0, 9).mapToObj(i -> now - i).toList();
    }

    public ContributionCriteria getCriteria() {
        return criteria;
    }

    public ContributionReport getReport() {
        return report;
    }

    public String getChart() {
        return chart;
    }

    public List<ManagerOption> getManagers() {
        return managers;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public int getTop() {
        return top;
    }

    public void setTop(int top) {
        this.top = top;
    }

    public String getChartImage() {
        return chartImage;
    }

    public void setChartImage(String chartImage) {
        this.chartImage = chartImage;
    }
}
