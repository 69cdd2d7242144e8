package com.kehu.crm.web.churn;

import com.kehu.crm.churn.boundary.ChurnService;
import com.kehu.crm.churn.dto.ChurnCriteria;
import com.kehu.crm.churn.dto.ChurnWarningRow;
import com.kehu.crm.churn.entity.ChurnStatus;
import com.kehu.crm.web.common.LazyRows;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.omnifaces.util.Components;
import org.primefaces.component.datatable.DataTable;

/**
 * The churn work list (流失预警): the open warnings of the manager's customers (everyone's for supervisors and
 * executives), each with the reason it was raised, paged and sorted in the database.
 */
@Named
@ViewScoped
public class ChurnListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ChurnService churnService;

    private final ChurnCriteria criteria = new ChurnCriteria();
    private LazyRows<ChurnWarningRow> warnings;

    @PostConstruct
    void init() {
        warnings = new LazyRows<>(filters -> churnService.count(withColumnFilters(filters)),
                (filters, offset, limit, sort) -> churnService.search(withColumnFilters(filters), offset, limit, sort),
                ChurnWarningRow::id);
    }

    private ChurnCriteria withColumnFilters(Map<String, Object> filters) {
        ChurnCriteria effective = criteria.copy();
        filters.forEach((field, value) -> {
            if ("customerName".equals(field)) {
                effective.setCustomerName(value.toString());
            } else {
                throw new IllegalArgumentException("no filter " + field);
            }
        });
        return effective;
    }

    /** New search: back to the first page. */
    public void search() {
        DataTable table = Components.findComponent("f:warnings");
        table.setFirst(0);
        warnings.recount();
    }

    /** The status choice: "OPEN" (the default), a status, or "" for all. */
    public String getStatusChoice() {
        if (criteria.getStatus() != null) {
            return criteria.getStatus().name();
        }
        return criteria.isOpenOnly() ? "OPEN" : "";
    }

    public void setStatusChoice(String choice) {
        criteria.setOpenOnly("OPEN".equals(choice));
        criteria.setStatus(choice == null || choice.isEmpty() || "OPEN".equals(choice) ? null
                : ChurnStatus.valueOf(choice));
    }

    public ChurnCriteria getCriteria() {
        return criteria;
    }

    public LazyRows<ChurnWarningRow> getWarnings() {
        return warnings;
    }

    public ChurnStatus[] getStatuses() {
        return ChurnStatus.values();
    }
}
