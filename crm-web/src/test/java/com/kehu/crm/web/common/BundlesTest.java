package com.kehu.crm.web.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every visible text exists in both languages, and every key a page names exists. */
class BundlesTest {

    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
    private static final Pattern JAVA_KEY = Pattern.compile("\"((?:[a-z_]+\\.)+(?:error|message)\\.[A-Za-z.]+)\"");

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> zh = load("i18n/messages_zh_CN.properties").stringPropertyNames();
        Set<String> en = load("i18n/messages_en.properties").stringPropertyNames();
        assertEquals(new TreeSet<>(zh), new TreeSet<>(en));
    }

    @Test
    void everyKeyAPageOrBeanNamesExists() throws IOException {
        Set<String> keys = load("i18n/messages_zh_CN.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        collect(Path.of("src/main/webapp"), ".xhtml", PAGE_KEY, keys, missing);
        collect(Path.of("src/main/java"), ".java", JAVA_KEY, keys, missing);
        collect(Path.of("../crm-ejb/src/main/java"), ".java", JAVA_KEY, keys, missing);
        assertTrue(missing.isEmpty(), "missing bundle keys: " + missing);
    }

    @Test
    void everyRightAndItsModuleHaveALabel() throws IOException {
        // The role page groups the rights by module: "module.<group>" and "right.<code>" for every right the
        // migrations create.
        Set<String> keys = load("i18n/messages_zh_CN.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("../crm-persistence/src/main/resources/db/changelog/data"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("sec_right(_\\d+)?\\.csv")).toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (String line : lines.subList(1, lines.size())) {
                    String[] cells = line.split(";");
                    for (String key : new String[] {"right." + cells[1], "module." + cells[2]}) {
                        if (!keys.contains(key)) {
                            missing.add(key + " (" + file.getFileName() + ")");
                        }
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "rights without a label: " + missing);
    }

    @Test
    void bundleTextsAreFormattedWithTheirArguments() {
        assertEquals("用户 zhang 已创建", Bundles.text(LocaleBacking.DEFAULT, "user_edit.message.created", "zhang"));
        assertEquals("User zhang created", Bundles.text(java.util.Locale.ENGLISH, "user_edit.message.created", "zhang"));
    }

    private static void collect(Path root, String suffix, Pattern pattern, Set<String> keys, Set<String> missing)
            throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!keys.contains(m.group(1))) {
                        missing.add(m.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
