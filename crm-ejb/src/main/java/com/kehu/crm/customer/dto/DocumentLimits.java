package com.kehu.crm.customer.dto;

import java.io.Serializable;
import java.util.List;

/** What may be uploaded: the largest size in bytes and the allowed file name extensions (lower case). */
public record DocumentLimits(long maxSize, List<String> allowedTypes) implements Serializable {

    public long maxSizeInMegabytes() {
        return Math.max(1, Math.round(maxSize / (1024.0 * 1024.0)));
    }

    /** Whether {@code fileName} ends with an allowed extension. */
    public boolean allows(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot >= 0 && allowedTypes.contains(fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
    }
}
