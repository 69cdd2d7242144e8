package com.kehu.crm.it;

import java.io.File;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What the integration tests deploy: the real Kehu CRM EAR as the build made it, and for tests that run inside the
 * server, that same EAR plus a small test WAR holding the test class.
 */
public final class Deployments {

    private Deployments() {
    }

    /** The application exactly as users get it. */
    public static EnterpriseArchive application() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, earFile());
    }

    /** The application plus a test module with {@code classes}, run inside the server. */
    public static EnterpriseArchive applicationWithTests(Class<?>... classes) {
        EnterpriseArchive ear = application();
        WebArchive tests = ShrinkWrap.create(WebArchive.class, "crm-it.war")
                .addClasses(classes)
                .addClasses(Identities.class, Deployments.class)
                .setManifest(new StringAsset("Manifest-Version: 1.0\nDependencies: org.wildfly.security.elytron\n"))
                .addAsWebInfResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" "
                        + "version=\"4.0\" bean-discovery-mode=\"all\"/>"), "beans.xml");
        ear.addAsModule(Testable.archiveToTest(tests));
        ear.setApplicationXML(new StringAsset("""
                <?xml version="1.0" encoding="UTF-8"?>
                <application xmlns="https://jakarta.ee/xml/ns/jakartaee" version="10">
                  <display-name>crm</display-name>
                  <module><ejb>crm-ejb.jar</ejb></module>
                  <module><web><web-uri>crm-web.war</web-uri><context-root>/crm</context-root></web></module>
                  <module><web><web-uri>crm-it.war</web-uri><context-root>/crm-it</context-root></web></module>
                  <library-directory>lib</library-directory>
                </application>
                """));
        return ear;
    }

    /** The jar a library class comes from, to deploy it with tests that run a library inside the server. */
    public static File jarOf(Class<?> libraryClass) {
        try {
            return new File(libraryClass.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static File earFile() {
        File ear = new File(System.getProperty("kehu.ear", "target/crm.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("Build the EAR first (mvn verify): " + ear.getAbsolutePath());
        }
        return ear;
    }
}
