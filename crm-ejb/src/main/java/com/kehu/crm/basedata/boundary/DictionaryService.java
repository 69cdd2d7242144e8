package com.kehu.crm.basedata.boundary;

import com.kehu.crm.basedata.entity.DictEntry;
import com.kehu.crm.basedata.entity.DictType;
import com.kehu.crm.common.boundary.BusinessException;
import com.kehu.crm.common.boundary.NotFoundException;
import com.kehu.crm.common.control.Versions;
import com.kehu.crm.security.boundary.SecurityAudit;
import com.kehu.crm.security.entity.Rights;
import com.kehu.crm.security.entity.SecurityEventType;
import com.kehu.crm.security.entity.SecurityOutcome;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The data dictionary (数据字典): entries by type for every drop-down, the check that a chosen value is one of them,
 * and their maintenance.
 */
@Stateless
@RolesAllowed(Rights.BASEDATA_DICT)
public class DictionaryService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private SecurityAudit audit;

    /** The entries of one type in display order: every logged-in user fills drop-downs from them. */
    @PermitAll
    public List<DictEntry> entries(@NotNull DictType type) {
        return em.createNamedQuery(DictEntry.BY_TYPE, DictEntry.class).setParameter("type", type).getResultList();
    }

    /**
     * Refuses, on {@code field}, a value that is not an entry of {@code type}: a drop-down's choice is checked on the
     * server, whatever the page sent. Empty values pass (required fields are checked by Bean Validation). Every
     * component that stores dictionary values asks this, in its own transaction.
     */
    @PermitAll
    public void checkValue(@NotNull DictType type, String value, String field) {
        if (value == null || value.isBlank()) {
            return;
        }
        long found = em.createNamedQuery(DictEntry.COUNT_BY_TYPE_AND_VALUE, Long.class)
                .setParameter("type", type).setParameter("value", value).setParameter("id", -1L)
                .getSingleResult();
        if (found == 0) {
            throw BusinessException.onField(field, "dict.error.unknownValue", value);
        }
    }

    @RolesAllowed(Rights.BASEDATA_DICT)
    public DictEntry getById(long id) {
        DictEntry entry = em.find(DictEntry.class, id);
        if (entry == null) {
            throw new NotFoundException();
        }
        return entry;
    }

    @RolesAllowed(Rights.BASEDATA_DICT)
    public DictEntry create(@NotNull @Valid DictEntry entry) {
        if (!entry.isNew()) {
            throw new IllegalArgumentException("not a new entry");
        }
        if (entry.getType().isClosed()) {
            throw new BusinessException("dict.error.closedType");
        }
        checkUniqueValue(entry.getType(), entry.getValue(), -1L);
        em.persist(entry);
        audit.record(SecurityEventType.DICTIONARY_CREATE, SecurityOutcome.SUCCESS, describe(entry), null);
        return entry;
    }

    /** Saves value, labels and order, unless the entry is fixed or someone else changed it since it was loaded. */
    @RolesAllowed(Rights.BASEDATA_DICT)
    public DictEntry update(@NotNull @Valid DictEntry form) {
        DictEntry entry = getById(form.getId());
        Versions.check(entry, form.getVersion());
        if (!entry.isEditable()) {
            throw new BusinessException("dict.error.notEditable", entry.getLabelZh());
        }
        checkUniqueValue(entry.getType(), form.getValue(), entry.getId());
        entry.setValue(form.getValue());
        entry.setLabelZh(form.getLabelZh());
        entry.setLabelEn(form.getLabelEn());
        entry.setSortOrder(form.getSortOrder());
        audit.record(SecurityEventType.DICTIONARY_EDIT, SecurityOutcome.SUCCESS, describe(entry), null);
        return entry;
    }

    @RolesAllowed(Rights.BASEDATA_DICT)
    public void delete(long id, long version) {
        DictEntry entry = getById(id);
        Versions.check(entry, version);
        if (!entry.isEditable()) {
            throw new BusinessException("dict.error.notEditable", entry.getLabelZh());
        }
        em.remove(entry);
        audit.record(SecurityEventType.DICTIONARY_DELETE, SecurityOutcome.SUCCESS, describe(entry), null);
    }

    /** The entry in the security audit trail: type, value and labels. */
    private static String describe(DictEntry entry) {
        return entry.getType() + "/" + entry.getValue() + " " + entry.getLabelZh() + " / " + entry.getLabelEn();
    }

    private void checkUniqueValue(DictType type, String value, long exceptId) {
        long same = em.createNamedQuery(DictEntry.COUNT_BY_TYPE_AND_VALUE, Long.class)
                .setParameter("type", type).setParameter("value", value).setParameter("id", exceptId)
                .getSingleResult();
        if (same > 0) {
            throw BusinessException.onField("value", "dict.error.duplicateValue", value);
        }
    }
}
