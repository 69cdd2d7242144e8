package com.kehu.crm.web.sales;

import com.kehu.crm.sales.boundary.SalesService;
import com.kehu.crm.sales.dto.OrderDetail;
import com.kehu.crm.sales.dto.OrderRow;
import com.kehu.crm.web.common.LazyRows;
import com.kehu.crm.web.customer.CustomerViewBacking;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The order history tab (历史订单) of the customer page: the customer's paid and shipped orders, newest first, paged by
 * the database; an order opens in a dialog with its lines and total.
 */
@Named
@ViewScoped
public class OrderHistoryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SalesService salesService;

    @Inject
    private CustomerViewBacking customerView;

    private LazyRows<OrderRow> orders;
    private OrderDetail order;

    @PostConstruct
    void init() {
        orders = new LazyRows<>(filters -> salesService.countOrderHistory(customerView.getId()),
                (filters, offset, limit, sort) -> salesService.orderHistory(customerView.getId(), offset, limit),
                OrderRow::id);
    }

    public void open(long orderId) {
        order = salesService.orderDetail(customerView.getId(), orderId);
    }

    public LazyRows<OrderRow> getOrders() {
        return orders;
    }

    public OrderDetail getOrder() {
        return order;
    }
}
