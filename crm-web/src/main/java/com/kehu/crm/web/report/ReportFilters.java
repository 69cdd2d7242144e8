package com.kehu.crm.web.report;

import com.kehu.crm.customer.dto.ManagerOption;
import com.kehu.crm.report.dto.ReportCriteria;
import com.kehu.crm.web.common.Bundles;
import com.kehu.crm.web.common.LocaleBacking;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The filter lines printed in a report's PDF head: "label: value" for each filter given, in the user's language. */
public final class ReportFilters {

    private final List<String> lines = new ArrayList<>();

    ReportFilters add(String labelKey, Object value) {
        if (value != null && !value.toString().isBlank()) {
            lines.add(Bundles.text(labelKey) + ": " + value);
        }
        return this;
    }

    ReportFilters period(LocalDate from, LocalDate to) {
        if (from != null || to != null) {
            lines.add(Bundles.text("report.period") + ": " + (from == null ? "…" : from) + " – "
                    + (to == null ? "…" : to));
        }
        return this;
    }

    /** The customer name and the manager of a report's criteria (the period is printed by {@link #period}). */
    ReportFilters criteria(ReportCriteria criteria, List<ManagerOption> managers) {
        return add("report.customerName", criteria.getCustomerName())
                .add("report.manager", managerName(managers, criteria.getManagerId()));
    }

    List<String> lines() {
        return lines.isEmpty() ? List.of(Bundles.text("report.noFilter")) : lines;
    }

    /**
     * A page's view action runs before the layout's {@code f:view} sets the user's language on the view: the charts
     * built there would take the browser's language. This sets it first.
     */
    public static void useSessionLanguage(LocaleBacking language) {
        jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().setLocale(language.getLocale());
    }

    static String managerName(List<ManagerOption> managers, Long id) {
        if (id == null) {
            return null;
        }
        return managers.stream().filter(m -> m.id() == id).map(ManagerOption::displayName).findFirst()
                .orElse(id.toString());
    }
}
