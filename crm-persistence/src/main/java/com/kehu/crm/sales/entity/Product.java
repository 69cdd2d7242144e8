package com.kehu.crm.sales.entity;

import com.kehu.crm.common.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Objects;

/** A product of the sales system (产品): name, model, batch, unit and list price. */
@Entity
@Table(name = "SALES_PRODUCT")
public class Product extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{sales.externalId.required}")
    @Size(max = 50, message = "{field.size}")
    @Column(name = "EXTERNAL_ID", nullable = false, length = 50, updatable = false)
    private String externalId;

    @NotBlank(message = "{product.name.required}")
    @Size(max = 100, message = "{field.size}")
    @Column(name = "NAME", nullable = false, length = 100)
    private String name;

    @Size(max = 100, message = "{field.size}")
    @Column(name = "MODEL", length = 100)
    private String model;

    @Size(max = 50, message = "{field.size}")
    @Column(name = "BATCH", length = 50)
    private String batch;

    @NotBlank(message = "{sales.unit.required}")
    @Size(max = 20, message = "{field.size}")
    @Column(name = "UNIT", nullable = false, length = 20)
    private String unit;

    @NotNull(message = "{product.price.required}")
    @DecimalMin(value = "0", message = "{sales.amount.negative}")
    @Digits(integer = 13, fraction = 2, message = "{sales.amount.digits}")
    @Column(name = "PRICE", nullable = false, precision = 15, scale = 2)
    private BigDecimal price;

    protected Product() {
    }

    public Product(String externalId) {
        this.externalId = externalId;
    }

    /** Takes the sales system's values; returns whether anything changed (so that a repeated message writes nothing). */
    public boolean update(String name, String model, String batch, String unit, BigDecimal price) {
        boolean changed = !Objects.equals(this.name, name) || !Objects.equals(this.model, model)
                || !Objects.equals(this.batch, batch) || !Objects.equals(this.unit, unit)
                || this.price == null || price == null || this.price.compareTo(price) != 0;
        if (changed) {
            this.name = name;
            this.model = model;
            this.batch = batch;
            this.unit = unit;
            this.price = price;
        }
        return changed;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getName() {
        return name;
    }

    public String getModel() {
        return model;
    }

    public String getBatch() {
        return batch;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getPrice() {
        return price;
    }
}
