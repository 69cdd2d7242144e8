package com.kehu.crm.it;

import static com.kehu.crm.it.Identities.as;
import static com.kehu.crm.it.Identities.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kehu.crm.basedata.boundary.DictionaryService;
import com.kehu.crm.basedata.entity.DictEntry;
import com.kehu.crm.basedata.entity.DictType;
import com.kehu.crm.common.boundary.BusinessException;
import com.kehu.crm.common.boundary.ConcurrentEditException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The data dictionary in the real server: defaults, fixed entries, validation, rights, concurrent edits. */
@ExtendWith(ArquillianExtension.class)
class DictionaryIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(DictionaryIT.class);
    }

    @EJB
    private DictionaryService dictionary;

    @Test
    void theFiveCustomerLevelsAreThereInOrderAndFixed() throws Exception {
        List<DictEntry> levels = as("manager", () -> dictionary.entries(DictType.CUSTOMER_LEVEL));
        assertEquals(List.of("普通客户", "重点开发客户", "大客户", "合作伙伴", "战略合作伙伴"),
                levels.stream().map(DictEntry::getLabelZh).toList());
        assertEquals(List.of("1", "2", "3", "4", "5"), levels.stream().map(DictEntry::getValue).toList());
        assertTrue(levels.stream().noneMatch(DictEntry::isEditable));
        assertEquals("Key account", levels.get(2).getLabelEn());
    }

    @Test
    void everyTypeHasDefaultEntries() throws Exception {
        for (DictType type : DictType.values()) {
            assertFalse(as("manager", () -> dictionary.entries(type)).isEmpty(), type.name());
        }
    }

    @Test
    void aFixedEntryCanBeNeitherChangedNorDeleted() throws Exception {
        DictEntry level = as("admin", () -> dictionary.entries(DictType.CUSTOMER_LEVEL)).get(0);
        level.setLabelZh("改名");
        assertEquals("dict.error.notEditable",
                assertThrows(BusinessException.class, () -> as("admin", () -> dictionary.update(level))).getKey());
        assertEquals("dict.error.notEditable", assertThrows(BusinessException.class,
                () -> run("admin", () -> dictionary.delete(level.getId(), level.getVersion()))).getKey());
    }

    @Test
    void noEntryCanBeAddedToAFixedScale() {
        DictEntry sixth = new DictEntry(DictType.CUSTOMER_LEVEL);
        sixth.setValue("6");
        sixth.setLabelZh("超级客户");
        sixth.setLabelEn("Super customer");
        assertEquals("dict.error.closedType",
                assertThrows(BusinessException.class, () -> as("admin", () -> dictionary.create(sixth))).getKey());
    }

    @Test
    void theAdministratorMaintainsEntriesAndValuesStayUniquePerType() throws Exception {
        String value = "IT" + UUID.randomUUID().toString().substring(0, 6);
        DictEntry entry = new DictEntry(DictType.REGION);
        entry.setValue(value);
        entry.setLabelZh("测试地区");
        entry.setLabelEn("Test region");
        DictEntry created = as("admin", () -> dictionary.create(entry));

        DictEntry twin = new DictEntry(DictType.REGION);
        twin.setValue(value);
        twin.setLabelZh("重复");
        twin.setLabelEn("Twin");
        assertEquals("dict.error.duplicateValue",
                assertThrows(BusinessException.class, () -> as("admin", () -> dictionary.create(twin))).getKey());

        DictEntry loaded = as("admin", () -> dictionary.getById(created.getId()));
        loaded.setLabelEn("Renamed region");
        DictEntry saved = as("admin", () -> dictionary.update(loaded));
        assertEquals("Renamed region", saved.getLabelEn());

        // The form loaded before that change is stale now.
        created.setLabelEn("Stale");
        assertThrows(ConcurrentEditException.class, () -> as("admin", () -> dictionary.update(created)));

        DictEntry current = as("admin", () -> dictionary.getById(created.getId()));
        run("admin", () -> dictionary.delete(current.getId(), current.getVersion()));
        assertTrue(as("admin", () -> dictionary.entries(DictType.REGION)).stream()
                .noneMatch(d -> d.getValue().equals(value)));
    }

    @Test
    void anEntryWithoutLabelsIsRefusedOnTheServer() {
        DictEntry entry = new DictEntry(DictType.BANK);
        entry.setValue("NOLABEL");
        EJBException refused = assertThrows(EJBException.class, () -> as("admin", () -> dictionary.create(entry)));
        assertTrue(refused.getCause() instanceof ConstraintViolationException, refused::toString);
    }

    @Test
    void onlyTheRightHolderMaintainsTheDictionary() {
        DictEntry entry = new DictEntry(DictType.BANK);
        entry.setValue("X");
        entry.setLabelZh("某银行");
        entry.setLabelEn("Some bank");
        assertThrows(EJBAccessException.class, () -> as("manager", () -> dictionary.create(entry)));
        assertThrows(EJBAccessException.class, () -> as("super", () -> dictionary.getById(1L)));
    }
}
