package com.kehu.crm.sales.entity;

import com.kehu.crm.common.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** One line of a sales order (订单明细): product, quantity, unit and unit price; its total is quantity × unit price. */
@Entity
@Table(name = "SALES_ORDER_LINE")
public class OrderLine extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ORDER_ID", nullable = false, updatable = false)
    private SalesOrder order;

    @Column(name = "LINE_NO", nullable = false, updatable = false)
    private int lineNo;

    @NotNull(message = "{sales.product.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "PRODUCT_ID", nullable = false)
    private Product product;

    @NotNull(message = "{sales.quantity.required}")
    @DecimalMin(value = "0", inclusive = false, message = "{sales.quantity.positive}")
    @Digits(integer = 12, fraction = 3, message = "{sales.quantity.digits}")
    @Column(name = "QUANTITY", nullable = false, precision = 15, scale = 3)
    private BigDecimal quantity;

    @NotBlank(message = "{sales.unit.required}")
    @Size(max = 20, message = "{field.size}")
    @Column(name = "UNIT", nullable = false, length = 20)
    private String unit;

    @NotNull(message = "{orderLine.unitPrice.required}")
    @DecimalMin(value = "0", message = "{sales.amount.negative}")
    @Digits(integer = 13, fraction = 2, message = "{sales.amount.digits}")
    @Column(name = "UNIT_PRICE", nullable = false, precision = 15, scale = 2)
    private BigDecimal unitPrice;

    protected OrderLine() {
    }

    OrderLine(SalesOrder order, int lineNo) {
        this.order = order;
        this.lineNo = lineNo;
    }

    boolean update(Product product, BigDecimal quantity, String unit, BigDecimal unitPrice) {
        boolean changed = this.product == null || !Objects.equals(this.product.getId(), product.getId())
                || this.quantity == null || this.quantity.compareTo(quantity) != 0 || !Objects.equals(this.unit, unit)
                || this.unitPrice == null || this.unitPrice.compareTo(unitPrice) != 0;
        if (changed) {
            this.product = product;
            this.quantity = quantity;
            this.unit = unit;
            this.unitPrice = unitPrice;
        }
        return changed;
    }

    /** Quantity × unit price, in cents (never the unit price alone: the classic reports' mistake). */
    public BigDecimal getLineTotal() {
        return quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP);
    }

    public SalesOrder getOrder() {
        return order;
    }

    public int getLineNo() {
        return lineNo;
    }

    public Product getProduct() {
        return product;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }
}
