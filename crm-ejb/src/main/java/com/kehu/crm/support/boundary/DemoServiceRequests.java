package com.kehu.crm.support.boundary;

import com.kehu.crm.customer.entity.Customer;
import com.kehu.crm.security.entity.User;
import com.kehu.crm.support.control.ServiceWorkflow;
import com.kehu.crm.support.entity.ServiceRequest;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Logger;

/**
 * The demo start's service requests (with {@code kehu.demo-data=true}): thirty requests of the demo customers over
 * the last year, at every step of the workflow, some after a round of low satisfaction, so that the lists, the
 * timelines and the analysis have something to show. They go through {@link ServiceWorkflow} like any other.
 * Created once.
 */
@Singleton
@Startup
@DependsOn("DemoCustomers")
@PermitAll
public class DemoServiceRequests {

    private static final Logger LOG = Logger.getLogger(DemoServiceRequests.class.getName());
    private static final int DEMO_REQUESTS = 30;
    private static final String[] TYPES = {"CONSULT", "SUGGEST", ServiceRequest.COMPLAINT};
    /** Summary and request, by type. */
    private static final String[][][] TEXTS = {
            {{"咨询产品价格", "客户询问千兆交换机批量采购的价格与折扣。"},
                    {"咨询保修政策", "客户询问工业路由器的保修期限和上门服务范围。"}},
            {{"建议增加夜间热线", "客户建议提供夜间技术支持热线。"},
                    {"建议提供安装培训", "客户希望我们为其运维人员提供设备安装培训。"}},
            {{"送货延迟", "订单货物比约定晚到三天，客户要求说明原因。"},
                    {"设备故障", "新购的不间断电源运行一周后报警，客户要求更换。"}}};

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @PostConstruct
    void createIfEmpty() {
        if (!Boolean.getBoolean("kehu.demo-data")
                || em.createQuery("SELECT COUNT(r) FROM ServiceRequest r", Long.class).getSingleResult() > 0) {
            return;
        }
        User supervisor = user("super");
        User manager = user("manager");
        User manager2 = user("manager2");
        List<Customer> customers = em.createQuery("SELECT c FROM Customer c ORDER BY c.id", Customer.class)
                .setMaxResults(DEMO_REQUESTS).getResultList();
        if (supervisor == null || manager == null || manager2 == null || customers.isEmpty()) {
            return;
        }
        List<User> managers = List.of(manager, manager2);
        LocalDateTime now = LocalDateTime.now(clock);
        for (int i = 0; i < DEMO_REQUESTS; i++) {
            int t = i % TYPES.length;
            String[] text = TEXTS[t][(i / TYPES.length) % 2];
            User assignee = managers.get(i % 2);
            LocalDateTime at = now.minusDays(3 + i * 12L).withHour(9 + i % 8).withMinute(0).withSecond(0).withNano(0);
            ServiceRequest r = new ServiceRequest(customers.get(i % customers.size()), TYPES[t], text[0], text[1],
                    assignee, at);
            em.persist(r);
            int stage = (i + i / TYPES.length) % 6;
            if (stage == 0) {
                continue;
            }
            ServiceWorkflow.assign(r, assignee, supervisor, at.plusHours(2));
            if (stage == 1) {
                continue;
            }
            ServiceWorkflow.handle(r, assignee, false, "已电话联系客户并处理。", at.plusDays(1));
            if (stage == 2) {
                continue;
            }
            int stars = 1 + (i * 7) % 5;
            if (!ServiceWorkflow.feedback(r, assignee, false, stars < 3 ? "客户对处理结果不满意" : "客户认可处理结果",
                    stars, at.plusDays(2))) {
                ServiceWorkflow.handle(r, assignee, false, "主管督办，再次上门处理。", at.plusDays(3));
                ServiceWorkflow.feedback(r, assignee, false, "客户认可第二次处理", 4 + i % 2, at.plusDays(4));
            }
        }
        LOG.info(() -> "Kehu CRM demo service requests created: " + DEMO_REQUESTS + ".");
    }

    private User user(String username) {
        return em.createNamedQuery(User.BY_USERNAME, User.class).setParameter("username", username)
                .getResultStream().findFirst().orElse(null);
    }
}
