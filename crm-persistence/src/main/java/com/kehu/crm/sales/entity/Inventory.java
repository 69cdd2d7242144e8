package com.kehu.crm.sales.entity;

import com.kehu.crm.common.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Objects;

/** Stock of a product at a warehouse location (库存), as the sales system reports it. */
@Entity
@Table(name = "SALES_INVENTORY")
public class Inventory extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{sales.externalId.required}")
    @Size(max = 50, message = "{field.size}")
    @Column(name = "EXTERNAL_ID", nullable = false, length = 50, updatable = false)
    private String externalId;

    @NotNull(message = "{sales.product.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "PRODUCT_ID", nullable = false)
    private Product product;

    @NotBlank(message = "{inventory.warehouse.required}")
    @Size(max = 100, message = "{field.size}")
    @Column(name = "WAREHOUSE", nullable = false, length = 100)
    private String warehouse;

    @Size(max = 100, message = "{field.size}")
    @Column(name = "LOCATION", length = 100)
    private String location;

    @NotNull(message = "{sales.quantity.required}")
    @Digits(integer = 12, fraction = 3, message = "{sales.quantity.digits}")
    @Column(name = "QUANTITY", nullable = false, precision = 15, scale = 3)
    private BigDecimal quantity;

    @Size(max = 500, message = "{field.size}")
    @Column(name = "MEMO", length = 500)
    private String memo;

    protected Inventory() {
    }

    public Inventory(String externalId) {
        this.externalId = externalId;
    }

    /** Takes the sales system's values; returns whether anything changed. */
    public boolean update(Product product, String warehouse, String location, BigDecimal quantity, String memo) {
        boolean changed = this.product == null || !Objects.equals(this.product.getId(), product.getId())
                || !Objects.equals(this.warehouse, warehouse) || !Objects.equals(this.location, location)
                || this.quantity == null || this.quantity.compareTo(quantity) != 0 || !Objects.equals(this.memo, memo);
        if (changed) {
            this.product = product;
            this.warehouse = warehouse;
            this.location = location;
            this.quantity = quantity;
            this.memo = memo;
        }
        return changed;
    }

    public String getExternalId() {
        return externalId;
    }

    public Product getProduct() {
        return product;
    }

    public String getWarehouse() {
        return warehouse;
    }

    public String getLocation() {
        return location;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public String getMemo() {
        return memo;
    }
}
