package com.kehu.crm.common.control;

import com.kehu.crm.common.boundary.ConcurrentEditException;
import com.kehu.crm.common.entity.BaseEntity;

/** Optimistic locking for forms: the version a form was loaded with must still be the record's version. */
public final class Versions {

    private Versions() {
    }

    public static void check(BaseEntity current, long versionSeenByUser) {
        if (current.getVersion() != versionSeenByUser) {
            throw new ConcurrentEditException();
        }
    }
}
