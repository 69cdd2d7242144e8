package com.kehu.crm.web.sales;

import com.kehu.crm.sales.boundary.SalesService;
import com.kehu.crm.sales.dto.ProductCriteria;
import com.kehu.crm.sales.dto.ProductRow;
import com.kehu.crm.web.common.LazyRows;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Components;
import org.primefaces.component.datatable.DataTable;

/** The product query (产品信息查询): name, model and batch filters over a lazy, sortable table. */
@Named
@ViewScoped
public class ProductListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SalesService salesService;

    private String name;
    private String model;
    private String batch;
    private LazyRows<ProductRow> products;

    @PostConstruct
    void init() {
        products = new LazyRows<>(filters -> salesService.countProducts(criteria()),
                (filters, offset, limit, sort) -> salesService.searchProducts(criteria(), offset, limit, sort),
                ProductRow::id);
    }

    private ProductCriteria criteria() {
        return new ProductCriteria(name, model, batch);
    }

    /** New search: count again and go back to the first page. */
    public void search() {
        products.recount();
        DataTable table = Components.findComponent("f:products");
        table.setFirst(0);
    }

    public void reset() {
        name = null;
        model = null;
        batch = null;
        search();
    }

    public LazyRows<ProductRow> getProducts() {
        return products;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public String getBatch() {
        return batch;
    }

    public void setBatch(String batch) {
        this.batch = batch;
    }
}
