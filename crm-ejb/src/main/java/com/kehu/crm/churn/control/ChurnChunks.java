package com.kehu.crm.churn.control;

import com.kehu.crm.churn.entity.ChurnRun;
import com.kehu.crm.churn.entity.ChurnRunStatus;
import com.kehu.crm.churn.entity.ChurnTrigger;
import com.kehu.crm.customer.entity.CustomerStatus;
import com.kehu.crm.sales.entity.OrderStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The churn check's statements. The start and the end of a run are transactions of their own ({@code REQUIRES_NEW});
 * a chunk's detection runs in the batch job's chunk transaction ({@link ChurnChunkWriter}), so that a million customers
 * never sit in one transaction and a crash loses at most one chunk, which the restarted job redoes.
 * <p>
 * Not a client view: only the check calls it, with or without a caller (the timer has none), hence {@code PermitAll};
 * the boundary ({@code ChurnCheckService}) checks the administrator's right.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ChurnChunks {

    private static final String COUNTING = OrderStatus.COUNTING.stream().map(s -> "'" + s.name() + "'").sorted()
            .collect(Collectors.joining(", "));

    /**
     * Customers of one chunk ({@code after < ID <= upTo}) who are normal, have no open warning and whose last
     * shipped/paid order is before the cutoff, or who never ordered and were created before it, get one warning with
     * their last order date. The unique OPEN_CUSTOMER_ID makes a duplicate impossible even if this statement raced
     * another run's; the lock row makes overlapping runs take turns, so that they do not even collide.
     */
    static final String DETECT = "INSERT INTO CHN_WARNING (ID, VERSION, CUSTOMER_ID, OPEN_CUSTOMER_ID, WARNING_STATUS, "
            + "LAST_ORDER_DATE, RUN_ID, CREATED_AT, CREATED_BY, UPDATED_AT, UPDATED_BY) "
            + "SELECT %s, 0, c.ID, c.ID, 'WARNING', "
            + "(SELECT MAX(o.ORDER_DATE) FROM SALES_ORDER o WHERE o.CUSTOMER_ID = c.ID AND o.STATUS IN (" + COUNTING + ")), "
            + "?, ?, ?, ?, ? "
            + "FROM CST_CUSTOMER c WHERE c.ID > ? AND c.ID <= ? AND c.STATUS = '" + CustomerStatus.NORMAL.name() + "' "
            + "AND NOT EXISTS (SELECT 1 FROM SALES_ORDER o WHERE o.CUSTOMER_ID = c.ID AND o.STATUS IN (" + COUNTING + ") "
            + "AND o.ORDER_DATE >= ?) "
            + "AND (c.CREATED_AT < ? OR EXISTS (SELECT 1 FROM SALES_ORDER o WHERE o.CUSTOMER_ID = c.ID "
            + "AND o.STATUS IN (" + COUNTING + "))) "
            + "AND NOT EXISTS (SELECT 1 FROM CHN_WARNING w WHERE w.OPEN_CUSTOMER_ID = c.ID)";

    /** Takes the check's lock row for the chunk's transaction (overlapping runs take turns). */
    static final String LOCK = "UPDATE CHN_CHECK_LOCK SET LOCKED_AT = ? WHERE ID = 1";

    /** Advances a run's progress by one chunk: customers checked, warnings created, the chunk's last id. */
    static final String PROGRESS = "UPDATE CHN_RUN SET CUSTOMERS_DONE = CUSTOMERS_DONE + ?, "
            + "WARNINGS_CREATED = WARNINGS_CREATED + ?, LAST_CUSTOMER_ID = ? WHERE ID = ?";

    /** Ends a run: status, finished and updated at. */
    static final String FINISH = "UPDATE CHN_RUN SET RUN_STATUS = ?, FINISHED_AT = ?, UPDATED_AT = ? WHERE ID = ?";

    @PersistenceContext
    private EntityManager em;

    /**
     * Records the start of a run. A scheduled run claims its slot; if another server (or an earlier start) already
     * claimed it, there is nothing to do: empty.
     */
    public Optional<Long> start(ChurnTrigger trigger, LocalDateTime slot, LocalDateTime now, LocalDate cutoff) {
        if (slot != null && em.createQuery("SELECT COUNT(r) FROM ChurnRun r WHERE r.scheduledFor = :slot", Long.class)
                .setParameter("slot", slot).getSingleResult() > 0) {
            return Optional.empty();
        }
        long customers = em.createQuery("SELECT COUNT(c) FROM Customer c", Long.class).getSingleResult();
        ChurnRun run = new ChurnRun(trigger, slot, now, cutoff, customers);
        em.persist(run);
        em.flush();
        return Optional.of(run.getId());
    }

    /**
     * The next chunk after {@code after}: at most {@code size} customers by id, as {last id, customers in it};
     * empty when done. One index range read, no sort of the table.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<long[]> nextChunk(long after, int size) {
        List<Long> ids = em.createQuery("SELECT c.id FROM Customer c WHERE c.id > :after ORDER BY c.id", Long.class)
                .setParameter("after", after).setFirstResult(size - 1).setMaxResults(1).getResultList();
        if (!ids.isEmpty()) {
            return Optional.of(new long[] {ids.get(0), size});
        }
        Object[] rest = em.createQuery("SELECT MAX(c.id), COUNT(c) FROM Customer c WHERE c.id > :after", Object[].class)
                .setParameter("after", after).getSingleResult();
        return rest[0] == null ? Optional.empty()
                : Optional.of(new long[] {((Number) rest[0]).longValue(), ((Number) rest[1]).longValue()});
    }

    /**
     * One chunk ({@code after < id <= upTo}, {@code customers} of them) in the job's chunk transaction, which also
     * commits the job's checkpoint; returns the warnings it created and advances the run's progress in the same
     * transaction.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public int detect(long runId, long after, long upTo, long customers, LocalDate cutoff, LocalDateTime now,
                      String who) {
        em.createNativeQuery(LOCK)
                .setParameter(1, Timestamp.valueOf(now)).executeUpdate();
        Timestamp stamp = Timestamp.valueOf(now);
        int created = em.createNativeQuery(String.format(DETECT, nextId()))
                .setParameter(1, runId)
                .setParameter(2, stamp)
                .setParameter(3, who)
                .setParameter(4, stamp)
                .setParameter(5, who)
                .setParameter(6, after)
                .setParameter(7, upTo)
                .setParameter(8, java.sql.Date.valueOf(cutoff))
                .setParameter(9, Timestamp.valueOf(cutoff.atStartOfDay()))
                .executeUpdate();
        em.createNativeQuery(PROGRESS)
                .setParameter(1, customers).setParameter(2, created).setParameter(3, upTo).setParameter(4, runId)
                .executeUpdate();
        return created;
    }

    /** The last customer id of the chunks a run has written (where a restarted run goes on); null before the first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Long lastCustomer(long runId) {
        return em.createQuery("SELECT r.lastCustomerId FROM ChurnRun r WHERE r.id = :id", Long.class)
                .setParameter("id", runId).getSingleResult();
    }

    public void finish(long runId, ChurnRunStatus status, LocalDateTime now) {
        em.createNativeQuery(FINISH)
                .setParameter(1, status.name()).setParameter(2, Timestamp.valueOf(now))
                .setParameter(3, Timestamp.valueOf(now)).setParameter(4, runId).executeUpdate();
    }

    /** The next value of the shared id sequence, as each database writes it inside an INSERT ... SELECT. */
    private String nextId() {
        String product;
        try {
            product = em.unwrap(Connection.class).getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        } catch (SQLException e) {
            throw new IllegalStateException("database product unknown", e);
        }
        return nextId(product);
    }

    static String nextId(String product) {
        if (product.contains("oracle")) {
            return "CRM_SEQ.NEXTVAL";
        }
        if (product.contains("postgres")) {
            return "nextval('crm_seq')";
        }
        return "NEXT VALUE FOR CRM_SEQ";
    }
}
