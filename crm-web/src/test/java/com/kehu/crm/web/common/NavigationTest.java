package com.kehu.crm.web.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The menu and web.xml agree: every menu page exists and is opened by the right the menu shows it for. */
class NavigationTest {

    @Test
    void everyMenuPageExistsAndWebXmlRequiresItsRight() throws Exception {
        Map<String, java.util.Set<String>> constraints = constraints();
        for (Navigation.Group group : Navigation.MENU) {
            for (Navigation.Item item : group.items()) {
                assertTrue(Files.isRegularFile(Path.of("src/main/webapp" + item.view())), item.view());
                if (item.right() != null) {
                    // As the servlet container matches: an exact path before the folder's prefix pattern.
                    String pattern = constraints.containsKey(item.view()) ? item.view() : item.folder() + "*";
                    assertTrue(constraints.getOrDefault(pattern, java.util.Set.of()).contains(item.right()),
                            pattern + " must allow " + item.right() + " in web.xml, found " + constraints.get(pattern));
                }
            }
        }
    }

    @Test
    void aPageBelongsToTheMenuItemOfItsFolder() {
        assertTrue(Navigation.itemOf("/security/users/edit.xhtml").orElseThrow().key().equals("menu.users"));
        assertTrue(Navigation.itemOf("/index.xhtml").isEmpty());
    }

    /** url-pattern → the roles it allows (any one of them opens it). */
    private static Map<String, java.util.Set<String>> constraints() throws Exception {
        Document webXml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("src/main/webapp/WEB-INF/web.xml").toFile());
        Map<String, java.util.Set<String>> result = new HashMap<>();
        NodeList constraints = webXml.getElementsByTagName("security-constraint");
        for (int i = 0; i < constraints.getLength(); i++) {
            Element constraint = (Element) constraints.item(i);
            NodeList roles = constraint.getElementsByTagName("role-name");
            NodeList patterns = constraint.getElementsByTagName("url-pattern");
            java.util.Set<String> allowed = new java.util.HashSet<>();
            for (int r = 0; r < roles.getLength(); r++) {
                allowed.add(roles.item(r).getTextContent());
            }
            for (int p = 0; p < patterns.getLength(); p++) {
                result.put(patterns.item(p).getTextContent(), allowed);
            }
        }
        return result;
    }
}
