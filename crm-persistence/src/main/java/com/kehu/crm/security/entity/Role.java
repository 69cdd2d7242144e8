package com.kehu.crm.security.entity;

import com.kehu.crm.common.entity.BaseEntity;
import com.kehu.crm.common.entity.Lengths;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.Set;

/**
 * A set of rights given to users. The four built-in roles (admin, executive, supervisor, manager) cannot be deleted
 * because the business rules name them (a manager edits only own customers); their rights can be changed.
 */
@Entity
@Table(name = "SEC_ROLE")
@NamedQuery(name = Role.ALL, query = "SELECT r FROM Role r ORDER BY r.id")
@NamedQuery(name = Role.BY_CODE, query = "SELECT r FROM Role r WHERE r.code = :code")
@NamedQuery(name = Role.COUNT_USERS, query = "SELECT COUNT(u) FROM User u JOIN u.roles r WHERE r.id = :id")
public class Role extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String ALL = "Role.all";
    public static final String BY_CODE = "Role.byCode";
    public static final String COUNT_USERS = "Role.countUsers";

    public static final String ADMIN = "admin";
    public static final String EXECUTIVE = "executive";
    public static final String SUPERVISOR = "supervisor";
    public static final String MANAGER = "manager";
    /** The sales system's import interface (a technical user). */
    public static final String INTEGRATION = "integration";

    @NotBlank(message = "{role.code.required}")
    @Size(max = Lengths.CODE, message = "{field.size}")
    @Pattern(regexp = "[a-z][a-z0-9_-]*", message = "{role.code.pattern}")
    @Column(name = "CODE", nullable = false, unique = true, length = Lengths.CODE, updatable = false)
    private String code;

    @NotBlank(message = "{role.name.required}")
    @Size(max = Lengths.NAME, message = "{field.size}")
    @Column(name = "NAME_ZH", nullable = false, length = Lengths.NAME)
    private String nameZh;

    @NotBlank(message = "{role.name.required}")
    @Size(max = Lengths.NAME, message = "{field.size}")
    @Column(name = "NAME_EN", nullable = false, length = Lengths.NAME)
    private String nameEn;

    @Size(max = Lengths.DESCRIPTION, message = "{field.size}")
    @Column(name = "DESCRIPTION", length = Lengths.DESCRIPTION)
    private String description;

    @Column(name = "BUILT_IN", nullable = false, updatable = false)
    private boolean builtIn;

    @ManyToMany
    @JoinTable(name = "SEC_ROLE_RIGHT",
            joinColumns = @JoinColumn(name = "ROLE_ID"),
            inverseJoinColumns = @JoinColumn(name = "RIGHT_ID"))
    private Set<Right> rights = new HashSet<>();

    /** A blank form for a new role. */
    public Role() {
    }

    public Role(String code, String nameZh, String nameEn) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String name(boolean chinese) {
        return chinese ? nameZh : nameEn;
    }

    public String getCode() {
        return code;
    }

    /** The code is chosen once, when the role is created. */
    public void setCode(String code) {
        if (isNew()) {
            this.code = code == null ? null : code.trim();
        }
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isBuiltIn() {
        return builtIn;
    }

    public Set<Right> getRights() {
        return rights;
    }
}
