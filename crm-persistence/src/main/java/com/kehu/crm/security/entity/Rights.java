package com.kehu.crm.security.entity;

/**
 * The rights that pages (web.xml) and business methods ({@code @RolesAllowed}) check. Each is a row of SEC_RIGHT,
 * loaded by the migrations; the realm gives a user the rights of all their roles as container roles.
 */
public final class Rights {

    /** Manage users: create, edit, disable, reset passwords, assign roles. */
    public static final String ADMIN_USER = "admin.user";
    /** Manage roles and the rights they hold. */
    public static final String ADMIN_ROLE = "admin.role";
    /** Read the security audit trail (安全审计) and verify its hash chain. */
    public static final String ADMIN_AUDIT = "admin.audit";
    /** Maintain the data dictionary. */
    public static final String BASEDATA_DICT = "basedata.dict";

    /** See every customer, contact and interaction. */
    public static final String CUSTOMER_VIEW = "customer.view";
    /** Create customers and change them: a manager only their own, supervisors and administrators all. */
    public static final String CUSTOMER_EDIT = "customer.edit";
    /** Give a customer another manager. */
    public static final String CUSTOMER_REASSIGN = "customer.reassign";

    /** See products, inventory and customers' order history (the sales system's data). */
    public static final String SALES_VIEW = "sales.view";
    /** Feed the sales system's data through the import interface (REST, bulk files). */
    public static final String SALES_IMPORT = "sales.import";

    /** See every sales opportunity and its development plan. */
    public static final String OPPORTUNITY_VIEW = "opportunity.view";
    /** Record sales opportunities, and edit or delete them while unassigned (a manager only their own). */
    public static final String OPPORTUNITY_CREATE = "opportunity.create";
    /** Assign an unassigned opportunity to a customer manager. */
    public static final String OPPORTUNITY_ASSIGN = "opportunity.assign";
    /** Plan and execute the development of an assigned opportunity (a manager only those assigned to them). */
    public static final String OPPORTUNITY_DEVELOP = "opportunity.develop";
    /** See churn warnings: a manager those of their own customers, supervisors, executives and administrators all. */
    public static final String CHURN_VIEW = "churn.view";
    /** Record deferral measures and confirm customers lost: a manager for their own customers, supervisors all. */
    public static final String CHURN_ACT = "churn.act";
    /** Administer the churn check: its last run, and start it by hand. */
    public static final String CHURN_RUN = "churn.run";
    /** See service requests, their timelines and the archive. */
    public static final String SUPPORT_VIEW = "support.view";
    /** Record a customer's service request. */
    public static final String SUPPORT_CREATE = "support.create";
    /** Assign created service requests to customer managers. */
    public static final String SUPPORT_ASSIGN = "support.assign";
    /** Handle service requests: a manager those assigned to them, supervisors all. */
    public static final String SUPPORT_HANDLE = "support.handle";
    /** Record the customer's feedback on a handled request: its creator, or a supervisor. */
    public static final String SUPPORT_FEEDBACK = "support.feedback";
    /** The analysis of service requests (图表分析). */
    public static final String SUPPORT_ANALYSIS = "support.analysis";

    /** The report pages (统计报表) as a whole; each analysis has its own right besides. */
    public static final String REPORT_VIEW = "report.view";
    /** Customer contribution (客户贡献分析): a manager over their own customers, the others over all. */
    public static final String REPORT_CONTRIBUTION = "report.contribution";
    /** Customer composition (客户构成分析): a manager over their own customers, the others over all. */
    public static final String REPORT_COMPOSITION = "report.composition";
    /** Service composition (客户服务分析, the service analysis page): a manager over their own customers' requests. */
    public static final String REPORT_SERVICE = "report.service";
    /** Churn analysis (客户流失分析): a manager over their own customers, the others over all. */
    public static final String REPORT_CHURN = "report.churn";

    private Rights() {
    }
}
