package com.kehu.crm.support.control;

import com.kehu.crm.common.boundary.BusinessException;
import com.kehu.crm.security.entity.User;
import com.kehu.crm.support.entity.ServiceRequest;
import com.kehu.crm.support.entity.ServiceStatus;
import java.time.LocalDateTime;

/**
 * The rules of a service request's life, in one place and without a server so that they can be tested alone:
 * created → (supervisor) assigned → (assignee or supervisor) handled → (creator or supervisor) feedback, which
 * archives the request at {@value #ARCHIVE_THRESHOLD} stars or more and otherwise sends it back to its assignee for
 * another round. Every refusal is a {@link BusinessException} with a bundle key; nothing is changed then.
 */
public final class ServiceWorkflow {

    /** The least satisfaction that closes a request. */
    public static final int ARCHIVE_THRESHOLD = 3;
    public static final int MIN_SATISFACTION = 1;
    public static final int MAX_SATISFACTION = 5;

    private ServiceWorkflow() {
    }

    /** Assigns a created request to {@code manager} (an active customer manager, checked by the caller). */
    public static void assign(ServiceRequest request, User manager, User actor, LocalDateTime at) {
        requireStatus(request, ServiceStatus.CREATED);
        request.recordAssignment(manager, actor, at);
    }

    /** Whether {@code actor} may handle {@code request}: its assignee, or a supervisor. */
    public static boolean mayHandle(ServiceRequest request, User actor, boolean supervisor) {
        return supervisor || same(request.getAssignee(), actor);
    }

    /** Records the handling of an assigned request by its assignee or a supervisor. */
    public static void handle(ServiceRequest request, User actor, boolean supervisor, String handling,
                              LocalDateTime at) {
        requireStatus(request, ServiceStatus.ASSIGNED);
        if (!mayHandle(request, actor, supervisor)) {
            throw new BusinessException("support.error.notYourRequest", request.getSummary());
        }
        requireText(handling, "handling", "support.handling.required");
        request.recordHandling(actor, handling, at);
    }

    /** Whether {@code actor} may record the feedback on {@code request}: who recorded it, or a supervisor. */
    public static boolean mayGiveFeedback(ServiceRequest request, User actor, boolean supervisor) {
        return supervisor || same(request.getCreator(), actor);
    }

    /**
     * Records the customer's feedback on a handled request: at {@value #ARCHIVE_THRESHOLD} stars or more it is
     * archived, below that it goes back to its assignee (status assigned) for another round.
     *
     * @return whether the request was archived
     */
    public static boolean feedback(ServiceRequest request, User actor, boolean supervisor, String result,
                                   Integer satisfaction, LocalDateTime at) {
        requireStatus(request, ServiceStatus.HANDLED);
        if (!mayGiveFeedback(request, actor, supervisor)) {
            throw new BusinessException("support.error.notYourFeedback", request.getSummary());
        }
        requireText(result, "result", "support.result.required");
        if (satisfaction == null || satisfaction < MIN_SATISFACTION || satisfaction > MAX_SATISFACTION) {
            throw BusinessException.onField("satisfaction", "support.satisfaction.required");
        }
        boolean archive = satisfaction >= ARCHIVE_THRESHOLD;
        request.recordFeedback(actor, result, satisfaction, archive, at);
        return archive;
    }

    private static void requireStatus(ServiceRequest request, ServiceStatus expected) {
        if (request.getStatus() != expected) {
            throw new BusinessException("support.error.wrongStatus", request.getSummary());
        }
    }

    private static void requireText(String text, String field, String key) {
        if (text == null || text.isBlank()) {
            throw BusinessException.onField(field, key);
        }
        if (text.trim().length() > ServiceRequest.TEXT_LENGTH) {
            throw BusinessException.onField(field, "support.error.tooLong", ServiceRequest.TEXT_LENGTH);
        }
    }

    private static boolean same(User a, User b) {
        return a != null && b != null && a.getUsername().equals(b.getUsername());
    }
}
