/**
 * What all components' entities share: the {@link com.kehu.crm.common.entity.BaseEntity} (id, optimistic-lock
 * version, creation and change stamps) and the column lengths used by both {@code @Column} and {@code @Size}.
 */
package com.kehu.crm.common.entity;
