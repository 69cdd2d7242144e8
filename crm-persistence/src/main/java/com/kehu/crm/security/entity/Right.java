package com.kehu.crm.security.entity;

import com.kehu.crm.common.entity.Lengths;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * A right (权限) that pages and business methods check, e.g. {@code admin.user}. Rights are defined by the code that
 * checks them (see {@code Rights}) and loaded by the migrations; administrators only decide which roles hold them.
 * Its display name is the bundle key {@code right.<code>}.
 */
@Entity
@Table(name = "SEC_RIGHT")
@NamedQuery(name = Right.ALL, query = "SELECT r FROM Right r ORDER BY r.sortOrder")
public class Right implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String ALL = "Right.all";

    @Id
    private Long id;

    @Column(name = "CODE", nullable = false, unique = true, length = Lengths.CODE, updatable = false)
    private String code;

    /** The menu module the right belongs to, e.g. {@code security}; its name is the bundle key {@code module.<group>}. */
    @Column(name = "RIGHT_GROUP", nullable = false, length = Lengths.CODE, updatable = false)
    private String group;

    @Column(name = "SORT_ORDER", nullable = false, updatable = false)
    private int sortOrder;

    protected Right() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getGroup() {
        return group;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Right r && code != null && code.equals(r.code);
    }

    @Override
    public int hashCode() {
        return code == null ? 0 : code.hashCode();
    }
}
