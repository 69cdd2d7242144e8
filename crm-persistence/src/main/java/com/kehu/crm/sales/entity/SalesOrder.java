package com.kehu.crm.sales.entity;

import com.kehu.crm.common.entity.BaseEntity;
import com.kehu.crm.customer.entity.Customer;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A sales order of a customer (订单), with its lines. The sales system names the customer by Kehu CRM's customer
 * number. ({@code ORDER} is a reserved word: the table is {@code SALES_ORDER}.)
 */
@Entity
@Table(name = "SALES_ORDER")
public class SalesOrder extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{sales.externalId.required}")
    @Size(max = 50, message = "{field.size}")
    @Column(name = "EXTERNAL_ID", nullable = false, length = 50, updatable = false)
    private String externalId;

    @NotBlank(message = "{order.orderNo.required}")
    @Size(max = 50, message = "{field.size}")
    @Column(name = "ORDER_NO", nullable = false, length = 50)
    private String orderNo;

    @NotNull(message = "{order.customer.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "CUSTOMER_ID", nullable = false)
    private Customer customer;

    @NotNull(message = "{order.orderDate.required}")
    @Column(name = "ORDER_DATE", nullable = false)
    private LocalDate orderDate;

    @NotBlank(message = "{order.deliveryAddress.required}")
    @Size(max = 300, message = "{field.size}")
    @Column(name = "DELIVERY_ADDRESS", nullable = false, length = 300)
    private String deliveryAddress;

    @NotNull(message = "{order.status.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private OrderStatus status;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<OrderLine> lines = new ArrayList<>();

    protected SalesOrder() {
    }

    public SalesOrder(String externalId) {
        this.externalId = externalId;
    }

    /** Takes the sales system's header values; returns whether anything changed. */
    public boolean update(String orderNo, Customer customer, LocalDate orderDate, String deliveryAddress,
                          OrderStatus status) {
        boolean changed = !Objects.equals(this.orderNo, orderNo) || this.customer == null
                || !Objects.equals(this.customer.getId(), customer.getId()) || !Objects.equals(this.orderDate, orderDate)
                || !Objects.equals(this.deliveryAddress, deliveryAddress) || this.status != status;
        if (changed) {
            this.orderNo = orderNo;
            this.customer = customer;
            this.orderDate = orderDate;
            this.deliveryAddress = deliveryAddress;
            this.status = status;
        }
        return changed;
    }

    /**
     * Makes line {@code lineNo} (1-based) hold these values, adding it if missing; returns whether anything changed.
     * Lines are updated in place, so that a repeated message leaves their ids and versions alone.
     */
    public boolean putLine(int lineNo, Product product, java.math.BigDecimal quantity, String unit,
                           java.math.BigDecimal unitPrice) {
        for (OrderLine line : lines) {
            if (line.getLineNo() == lineNo) {
                return line.update(product, quantity, unit, unitPrice);
            }
        }
        OrderLine line = new OrderLine(this, lineNo);
        line.update(product, quantity, unit, unitPrice);
        lines.add(line);
        return true;
    }

    /** Removes the lines after {@code count}; returns whether there were any. */
    public boolean keepLines(int count) {
        return lines.removeIf(l -> l.getLineNo() > count);
    }

    public String getExternalId() {
        return externalId;
    }

    public String getOrderNo() {
        return orderNo;
    }

    public Customer getCustomer() {
        return customer;
    }

    public LocalDate getOrderDate() {
        return orderDate;
    }

    public String getDeliveryAddress() {
        return deliveryAddress;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public List<OrderLine> getLines() {
        return lines;
    }
}
