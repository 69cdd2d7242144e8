package com.kehu.crm.basedata.control;

import com.kehu.crm.basedata.entity.DictEntry;
import com.kehu.crm.basedata.entity.DictType;
import com.kehu.crm.common.boundary.BusinessException;
import jakarta.persistence.EntityManager;

/** Checks on the server that a value chosen from a drop-down is really an entry of that dictionary type. */
public final class DictionaryValues {

    private DictionaryValues() {
    }

    /** Empty values pass (required fields are checked by Bean Validation). */
    public static void check(EntityManager em, DictType type, String value, String field) {
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
}
