package com.kehu.crm.web.report;

import com.kehu.crm.common.boundary.BusinessException;
import com.kehu.crm.customer.boundary.CustomerService;
import com.kehu.crm.customer.dto.ManagerOption;
import com.kehu.crm.report.boundary.ReportService;
import com.kehu.crm.report.dto.ChurnMonth;
import com.kehu.crm.report.dto.LossCriteria;
import com.kehu.crm.report.dto.LossRow;
import com.kehu.crm.web.common.Bundles;
import com.kehu.crm.web.common.FacesMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.omnifaces.util.Faces;
import org.primefaces.event.ItemSelectEvent;

/**
 * Churn analysis (客户流失分析, /report/churn/list.xhtml): customers confirmed lost in the period with their manager,
 * last order, lost date, reason and lost revenue, and per month the customers lost and won back as a chart. The filters
 * are view parameters; a click on a month narrows the table to it, a customer opens its churn warning.
 */
@Named
@ViewScoped
public class ChurnReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private com.kehu.crm.web.common.LocaleBacking language;
    @EJB
    private ReportService reportService;
    @EJB
    private CustomerService customerService;

    /** The filters, bound to the page's fields and to the URL's view parameters. */
    private final LossCriteria criteria = new LossCriteria();
    private String chartImage;

    private List<ManagerOption> managers;
    private List<LossRow> losses = List.of();
    private List<ChurnMonth> months = List.of();
    private String chart;
    private BigDecimal lostRevenue = BigDecimal.ZERO;

    /** The report for the URL's filters (without a period: the last twelve months). */
    public void load() {
        ReportFilters.useSessionLanguage(language);
        managers = customerService.managers();
        if (criteria.getFrom() == null && criteria.getTo() == null) {
            criteria.setTo(LocalDate.now());
            criteria.setFrom(YearMonth.from(criteria.getTo()).minusMonths(11).atDay(1));
        }
        try {
            losses = reportService.losses(criteria);
            months = reportService.churnByMonth(criteria);
            lostRevenue = reportService.lostRevenue(criteria);
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    /**
     * Draws the charts from the loaded result, in the language of the page being rendered (preRenderView: also after
     * a switch of language, without asking the database again).
     */
    public void draw() {
        chart = Charts.bar(Bundles.text("report_churn.chart"), months.stream().map(ChurnMonth::month).toList(),
                List.of(new Charts.Series(Bundles.text("report_churn.lost"),
                                months.stream().map(ChurnMonth::lost).toList(), "#dc2626"),
                        new Charts.Series(Bundles.text("report_churn.wonBack"),
                                months.stream().map(ChurnMonth::wonBack).toList(), "#16a34a")), false, true);
    }

    public String show() {
        return "/report/churn/list?faces-redirect=true&includeViewParams=true";
    }

    /** A month of the chart: the report narrowed to that month. */
    public void selectMonth(ItemSelectEvent event) throws IOException {
        if (event.getItemIndex() >= 0 && event.getItemIndex() < months.size()) {
            YearMonth month = YearMonth.parse(months.get(event.getItemIndex()).month());
            StringBuilder url = new StringBuilder("report/churn/list.xhtml?from=").append(month.atDay(1))
                    .append("&to=").append(month.atEndOfMonth());
            if (criteria.getManagerId() != null) {
                url.append("&manager=").append(criteria.getManagerId());
            }
            if (criteria.getCustomerName() != null && !criteria.getCustomerName().isBlank()) {
                url.append("&name=").append(java.net.URLEncoder.encode(criteria.getCustomerName(),
                        java.nio.charset.StandardCharsets.UTF_8));
            }
            Faces.redirect(url.toString().replace("%", "%%"));
        }
    }

    public void pdfHead(Object document) {
        ReportPdf.head(document, Bundles.text("report_churn.title"), new ReportFilters()
                .criteria(criteria, managers)
                .period(criteria.getFrom(), criteria.getTo())
                .add("report_churn.lostRevenueTotal", lostRevenue.toPlainString())
                .lines(), chartImage);
    }

    public boolean isNoData() {
        return losses.isEmpty() && months.isEmpty();
    }

    /** The table lists only the latest {@link ReportService#ROW_LIMIT} of more losses (the totals cover all). */
    public boolean isTruncated() {
        return getLostCount() > losses.size();
    }

    public long getLostCount() {
        return months.stream().mapToLong(ChurnMonth::lost).sum();
    }

    public long getWonBackCount() {
        return months.stream().mapToLong(ChurnMonth::wonBack).sum();
    }

    public LossCriteria getCriteria() {
        return criteria;
    }

    public List<LossRow> getLosses() {
        return losses;
    }

    public List<ChurnMonth> getMonths() {
        return months;
    }

    public String getChart() {
        return chart;
    }

    public BigDecimal getLostRevenue() {
        return lostRevenue;
    }

    public List<ManagerOption> getManagers() {
        return managers;
    }

    public String getChartImage() {
        return chartImage;
    }

    public void setChartImage(String chartImage) {
        this.chartImage = chartImage;
    }
}
