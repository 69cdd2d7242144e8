package com.kehu.crm.basedata.entity;

import com.kehu.crm.common.entity.BaseEntity;
import com.kehu.crm.common.entity.Lengths;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One entry of the data dictionary (数据字典): a value stored in records (e.g. customer level {@code 3}) with the
 * label users see in Chinese and in English (大客户 / Key account). Non-editable entries are fixed by the
 * business rules (the five customer levels) and can be neither changed nor deleted.
 */
@Entity
@Table(name = "BAS_DICT_ENTRY", uniqueConstraints = @UniqueConstraint(name = "UK_DICT_TYPE_VALUE",
        columnNames = {"DICT_TYPE", "ITEM_VALUE"}))
@NamedQuery(name = DictEntry.BY_TYPE, query = "SELECT d FROM DictEntry d WHERE d.type = :type ORDER BY d.sortOrder, d.id")
@NamedQuery(name = DictEntry.COUNT_BY_TYPE_AND_VALUE,
        query = "SELECT COUNT(d) FROM DictEntry d WHERE d.type = :type AND d.value = :value AND d.id <> :id")
public class DictEntry extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String BY_TYPE = "DictEntry.byType";
    public static final String COUNT_BY_TYPE_AND_VALUE = "DictEntry.countByTypeAndValue";

    @NotNull(message = "{dict.type.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "DICT_TYPE", nullable = false, length = 30, updatable = false)
    private DictType type;

    @NotBlank(message = "{dict.value.required}")
    @Size(max = Lengths.CODE, message = "{field.size}")
    @Column(name = "ITEM_VALUE", nullable = false, length = Lengths.CODE)
    private String value;

    @NotBlank(message = "{dict.labelZh.required}")
    @Size(max = Lengths.LABEL, message = "{field.size}")
    @Column(name = "LABEL_ZH", nullable = false, length = Lengths.LABEL)
    private String labelZh;

    @NotBlank(message = "{dict.labelEn.required}")
    @Size(max = Lengths.LABEL, message = "{field.size}")
    @Column(name = "LABEL_EN", nullable = false, length = Lengths.LABEL)
    private String labelEn;

    @Min(value = 0, message = "{field.min}")
    @Max(value = 9999, message = "{field.max}")
    @Column(name = "SORT_ORDER", nullable = false)
    private int sortOrder;

    @Column(name = "EDITABLE", nullable = false, updatable = false)
    private boolean editable = true;

    public DictEntry() {
    }

    public DictEntry(DictType type) {
        this.type = type;
    }

    public String label(boolean chinese) {
        return chinese ? labelZh : labelEn;
    }

    public DictType getType() {
        return type;
    }

    public void setType(DictType type) {
        if (isNew()) {
            this.type = type;
        }
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value == null ? null : value.trim();
    }

    public String getLabelZh() {
        return labelZh;
    }

    public void setLabelZh(String labelZh) {
        this.labelZh = labelZh == null ? null : labelZh.trim();
    }

    public String getLabelEn() {
        return labelEn;
    }

    public void setLabelEn(String labelEn) {
        this.labelEn = labelEn == null ? null : labelEn.trim();
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public boolean isEditable() {
        return editable;
    }
}
