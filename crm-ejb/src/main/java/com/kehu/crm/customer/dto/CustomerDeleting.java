package com.kehu.crm.customer.dto;

import jakarta.interceptor.Interceptor;

/**
 * A customer is about to be deleted, in the current transaction, before its row goes: a CDI event, so that each
 * component answers for its own tables without the customer component knowing them. An observer either refuses with
 * a {@link com.kehu.crm.common.boundary.BusinessException} (which rolls the whole deletion back) or deletes the rows
 * of its own that refer to the customer.
 * <p>
 * Observers that may refuse run first ({@link #REFUSE} and just after it), those that delete after them
 * ({@link #DELETE}): a refused deletion does no work, and a user told why sees the first refusal in a fixed order.
 */
public record CustomerDeleting(long customerId, String customerName) {

    /** The priority of observers that may refuse the deletion. */
    public static final int REFUSE = Interceptor.Priority.APPLICATION;

    /** The priority of observers that delete their rows of the customer. */
    public static final int DELETE = Interceptor.Priority.APPLICATION + 1000;
}
