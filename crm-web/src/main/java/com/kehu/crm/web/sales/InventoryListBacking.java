package com.kehu.crm.web.sales;

import com.kehu.crm.sales.boundary.SalesService;
import com.kehu.crm.sales.dto.InventoryCriteria;
import com.kehu.crm.sales.dto.InventoryRow;
import com.kehu.crm.web.common.LazyRows;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Components;
import org.primefaces.component.datatable.DataTable;

/** The inventory query (库存查询): product and warehouse filters over a lazy, sortable table. */
@Named
@ViewScoped
public class InventoryListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SalesService salesService;

    private String product;
    private String warehouse;
    private LazyRows<InventoryRow> rows;

    @PostConstruct
    void init() {
        rows = new LazyRows<>(filters -> salesService.countInventory(criteria()),
                (filters, offset, limit, sort) -> salesService.searchInventory(criteria(), offset, limit, sort),
                InventoryRow::id);
    }

    private InventoryCriteria criteria() {
        return new InventoryCriteria(product, warehouse);
    }

    /** New search: count again and go back to the first page. */
    public void search() {
        rows.recount();
        DataTable table = Components.findComponent("f:inventory");
        table.setFirst(0);
    }

    public void reset() {
        product = null;
        warehouse = null;
        search();
    }

    public LazyRows<InventoryRow> getRows() {
        return rows;
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    public String getWarehouse() {
        return warehouse;
    }

    public void setWarehouse(String warehouse) {
        this.warehouse = warehouse;
    }
}
