package com.kehu.crm.customer.boundary;

import com.kehu.crm.customer.control.CustomerNumbers;
import com.kehu.crm.customer.entity.Contact;
import com.kehu.crm.customer.entity.Customer;
import com.kehu.crm.customer.entity.Interaction;
import com.kehu.crm.customer.entity.Sex;
import com.kehu.crm.security.entity.User;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * The demo start's customers (with {@code kehu.demo-data=true}, the embedded H2 default): three dozen companies of
 * the managers {@code manager} and {@code manager2}, each with contacts and interaction records. Created once.
 */
@Singleton
@Startup
@DependsOn("InitialUsers")
@PermitAll
public class DemoCustomers {

    private static final Logger LOG = Logger.getLogger(DemoCustomers.class.getName());

    /** Name, region, address, postcode, phone. */
    private static final List<String[]> COMPANIES = List.of(
            new String[] {"北京华信科技有限公司", "NORTH", "北京市海淀区中关村大街 27 号", "100080", "010-62581234"},
            new String[] {"天津海港物流股份有限公司", "NORTH", "天津市滨海新区港航路 88 号", "300450", "022-25701122"},
            new String[] {"石家庄恒通医药有限公司", "NORTH", "石家庄市长安区中山东路 126 号", "050011", "0311-86051234"},
            new String[] {"太原晋煤机械制造有限公司", "NORTH", "太原市小店区长风街 55 号", "030006", "0351-7023456"},
            new String[] {"沈阳北方重工装备有限公司", "NORTHEAST", "沈阳市铁西区北二中路 6 号", "110021", "024-25871234"},
            new String[] {"大连远洋渔业有限公司", "NORTHEAST", "大连市中山区港湾街 1 号", "116001", "0411-82651234"},
            new String[] {"长春一汽配件贸易有限公司", "NORTHEAST", "长春市绿园区东风大街 2259 号", "130011", "0431-85901234"},
            new String[] {"哈尔滨冰城食品有限公司", "NORTHEAST", "哈尔滨市南岗区红军街 15 号", "150001", "0451-53601234"},
            new String[] {"上海浦江电子有限公司", "EAST", "上海市浦东新区张江路 368 号", "201203", "021-50801234"},
            new String[] {"杭州西湖丝绸集团有限公司", "EAST", "杭州市西湖区曙光路 120 号", "310007", "0571-87961234"},
            new String[] {"南京金陵软件股份有限公司", "EAST", "南京市雨花台区软件大道 101 号", "210012", "025-52801234"},
            new String[] {"苏州工业园区精密模具有限公司", "EAST", "苏州市工业园区星湖街 328 号", "215123", "0512-62881234"},
            new String[] {"宁波港联进出口有限公司", "EAST", "宁波市鄞州区宁东路 269 号", "315040", "0574-87701234"},
            new String[] {"合肥科大讯通信息技术有限公司", "EAST", "合肥市高新区望江西路 666 号", "230088", "0551-65331234"},
            new String[] {"济南齐鲁制药设备有限公司", "EAST", "济南市历下区经十路 9999 号", "250014", "0531-88901234"},
            new String[] {"福州闽江茶业有限公司", "EAST", "福州市鼓楼区五四路 89 号", "350001", "0591-87601234"},
            new String[] {"武汉光谷光电子有限公司", "CENTRAL", "武汉市东湖新技术开发区光谷大道 77 号", "430074", "027-87161234"},
            new String[] {"长沙湘江工程机械有限公司", "CENTRAL", "长沙市岳麓区麓谷大道 658 号", "410205", "0731-88901234"},
            new String[] {"郑州中原粮油集团有限公司", "CENTRAL", "郑州市金水区花园路 39 号", "450003", "0371-65901234"},
            new String[] {"南昌赣江汽车零部件有限公司", "CENTRAL", "南昌市青山湖区高新大道 1888 号", "330096", "0791-88101234"},
            new String[] {"广州珠江家电有限公司", "SOUTH", "广州市天河区天河路 385 号", "510620", "020-38801234"},
            new String[] {"深圳南山智能硬件有限公司", "SOUTH", "深圳市南山区科技园南区高新南一道 9 号", "518057", "0755-86001234"},
            new String[] {"东莞松山湖新材料有限公司", "SOUTH", "东莞市松山湖高新区工业北路 6 号", "523808", "0769-22891234"},
            new String[] {"厦门鹭岛旅游服务有限公司", "SOUTH", "厦门市思明区鹭江道 8 号", "361001", "0592-20201234"},
            new String[] {"南宁东盟贸易有限公司", "SOUTH", "南宁市青秀区民族大道 136 号", "530022", "0771-55801234"},
            new String[] {"海口椰风饮品有限公司", "SOUTH", "海口市龙华区滨海大道 103 号", "570105", "0898-68501234"},
            new String[] {"成都天府软件园信息服务有限公司", "SOUTHWEST", "成都市高新区天府大道中段 1268 号", "610041", "028-85191234"},
            new String[] {"重庆山城摩托车制造有限公司", "SOUTHWEST", "重庆市九龙坡区科园一路 3 号", "400041", "023-68601234"},
            new String[] {"昆明滇池花卉有限公司", "SOUTHWEST", "昆明市官渡区春城路 219 号", "650200", "0871-63101234"},
            new String[] {"贵阳数谷大数据有限公司", "SOUTHWEST", "贵阳市观山湖区长岭北路 55 号", "550081", "0851-84801234"},
            new String[] {"西安古城航空配件有限公司", "NORTHWEST", "西安市雁塔区高新路 52 号", "710075", "029-88321234"},
            new String[] {"兰州黄河石化设备有限公司", "NORTHWEST", "兰州市城关区庆阳路 77 号", "730030", "0931-84601234"},
            new String[] {"乌鲁木齐天山棉业有限公司", "NORTHWEST", "乌鲁木齐市沙依巴克区西北路 39 号", "830000", "0991-45801234"},
            new String[] {"银川塞上枸杞有限公司", "NORTHWEST", "银川市金凤区北京中路 168 号", "750002", "0951-50901234"},
            new String[] {"西宁高原牧业有限公司", "NORTHWEST", "西宁市城西区五四西路 47 号", "810008", "0971-61301234"},
            new String[] {"呼和浩特草原乳业有限公司", "NORTH", "呼和浩特市赛罕区大学东街 99 号", "010020", "0471-49201234"});

    private static final String[][] PEOPLE = {
            {"王强", "MALE", "总经理"}, {"李娜", "FEMALE", "采购经理"}, {"张伟", "MALE", "技术总监"},
            {"刘洋", "FEMALE", "财务主管"}, {"陈静", "FEMALE", "行政经理"}, {"杨磊", "MALE", "销售总监"}};

    private static final String[][] MEETINGS = {
            {"客户公司会议室", "首次拜访", "介绍公司产品与服务，了解客户采购计划。"},
            {"我司展厅", "产品演示", "客户技术团队参观演示，对新型号很感兴趣。"},
            {"电话", "报价沟通", "就年度采购量和价格进行了沟通，客户希望再优惠 3%。"},
            {"客户公司", "签订年度合同", "双方签订年度供货合同，这是合作的重要里程碑。"}};

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @PostConstruct
    void createIfEmpty() {
        if (!Boolean.getBoolean("kehu.demo-data")
                || em.createQuery("SELECT COUNT(c) FROM Customer c", Long.class).getSingleResult() > 0) {
            return;
        }
        List<User> managers = em.createQuery("SELECT u FROM User u WHERE u.username IN ('manager', 'manager2') "
                + "ORDER BY u.username", User.class).getResultList();
        if (managers.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < COMPANIES.size(); i++) {
            String[] company = COMPANIES.get(i);
            Customer customer = new Customer();
            customer.setName(company[0]);
            customer.setRegion(company[1]);
            customer.setAddress(company[2]);
            customer.setPostcode(company[3]);
            customer.setPhone(company[4]);
            customer.setFax(company[4].substring(0, company[4].length() - 1) + "9");
            customer.setLevel(String.valueOf(1 + i % 5));
            customer.setCredit(1 + (i * 3) % 5);
            customer.setSatisfaction(1 + (i * 7) % 5);
            customer.setEnterpriseType(i % 3 == 0 ? "JSC" : "LLC");
            customer.setEnterpriseNature(new String[] {"PRIVATE", "STATE", "FOREIGN", "JOINT"}[i % 4]);
            customer.setBank(new String[] {"ICBC", "CCB", "BOC", "ABC", "BOCOM", "CMB"}[i % 6]);
            customer.setBankAccount(String.format("6222 0210 %04d %04d", 1000 + i, 2000 + i * 7));
            customer.setNationalTaxNo(String.format("91%04d%012d", 1100 + i, 7_000_000L + i * 131L));
            customer.setLegalRepresentative(PEOPLE[i % PEOPLE.length][0]);
            customer.setRegisteredCapital(BigDecimal.valueOf(500L + i * 250L));
            customer.setAnnualTurnover(BigDecimal.valueOf(1200L + i * 730L));
            customer.setWebsite("www.kehu-demo-" + (i + 1) + ".cn");
            customer.setManager(managers.get(i % managers.size()));
            em.persist(customer);
            CustomerNumbers.assign(customer, clock);
            for (int p = 0; p < 1 + i % 3; p++) {
                String[] person = PEOPLE[(i + p) % PEOPLE.length];
                Contact contact = new Contact(customer);
                contact.setName(person[0]);
                contact.setSex(Sex.valueOf(person[1]));
                contact.setPosition(person[2]);
                contact.setOfficePhone(company[4]);
                contact.setMobile(String.format("139%08d", 10_000_000 + i * 100 + p));
                em.persist(contact);
            }
            for (int m = 0; m < 1 + i % MEETINGS.length; m++) {
                Interaction interaction = new Interaction(customer);
                interaction.setDate(today.minusDays(15L * (MEETINGS.length - m) + i));
                interaction.setPlace(MEETINGS[m][0]);
                interaction.setSummary(MEETINGS[m][1]);
                interaction.setDetails(MEETINGS[m][2]);
                em.persist(interaction);
            }
        }
        LOG.info(() -> "Kehu CRM demo customers created: " + COMPANIES.size());
    }
}
