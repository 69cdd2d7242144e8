package com.kehu.crm.common.entity;

/** Column lengths shared by {@code @Column(length)}, {@code @Size(max)} and the migrations. */
public final class Lengths {

    public static final int CODE = 50;
    public static final int USERNAME = 50;
    public static final int NAME = 100;
    public static final int EMAIL = 100;
    public static final int LABEL = 100;
    public static final int DESCRIPTION = 500;
    public static final int PASSWORD_HASH = 100;

    private Lengths() {
    }
}
