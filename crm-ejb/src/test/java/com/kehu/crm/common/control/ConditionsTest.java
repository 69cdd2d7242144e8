package com.kehu.crm.common.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConditionsTest {

    @Test
    void blankFieldsAddNothing() {
        StringBuilder jpql = new StringBuilder("SELECT c FROM Customer c");
        Map<String, Object> params = new Conditions().startsWith("c.name", "name", "  ").equal("c.region", "region", "")
                .equal("c.id", "id", null).appendTo(jpql);
        assertEquals("SELECT c FROM Customer c", jpql.toString());
        assertEquals(Map.of(), params);
    }

    @Test
    void filledFieldsAreJoinedWithAndAndTextIsTrimmed() {
        StringBuilder jpql = new StringBuilder("SELECT c FROM Customer c");
        Map<String, Object> params = new Conditions().startsWith("c.name", "name", " 北京 ")
                .equal("c.region", "region", " NORTH ").add("c.status = 'NORMAL'").appendTo(jpql);
        assertEquals("SELECT c FROM Customer c WHERE c.name LIKE :name ESCAPE '\\' AND c.region = :region "
                + "AND c.status = 'NORMAL'", jpql.toString());
        assertEquals(Map.of("name", "北京%", "region", "NORTH"), params);
    }

    @Test
    void theUsersWildcardsMatchThemselves() {
        assertEquals("50\\%\\_off\\\\%", Conditions.prefixPattern("50%_off\\"));
    }
}
