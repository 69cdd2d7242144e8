package com.kehu.crm.common.boundary;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public business method of every session bean of this module states who may call it: {@code @RolesAllowed},
 * {@code @PermitAll} or {@code @DenyAll} on the method or on the class that declares it. Without one, the container
 * lets any authenticated (or anonymous) caller in, so a method added later without a thought for its roles would be
 * open. Scans the compiled classes of the module, so a new bean is checked without being listed here.
 */
class EjbMethodRolesTest {

    private static final List<Class<? extends Annotation>> SESSION_BEANS = List.of(Stateless.class, Singleton.class,
            Stateful.class);
    private static final List<Class<? extends Annotation>> ROLES = List.of(RolesAllowed.class, PermitAll.class,
            DenyAll.class);

    @Test
    void everyPublicMethodOfEverySessionBeanStatesItsRoles() throws Exception {
        List<Class<?>> beans = sessionBeans();
        assertTrue(beans.size() >= 20, "the scan found the module's session beans: " + beans);
        List<String> offenders = new ArrayList<>();
        List<String> classLevelOnly = new ArrayList<>();
        int methods = 0;
        for (Class<?> bean : beans) {
            for (Method method : businessMethods(bean)) {
                methods++;
                String name = bean.getSimpleName() + "." + method.getName()
                        + (method.getDeclaringClass() == bean ? "" : " (from " + method.getDeclaringClass().getSimpleName() + ")");
                if (states(method)) {
                    continue;
                }
                if (states(method.getDeclaringClass())) {
                    classLevelOnly.add(name);
                } else {
                    offenders.add(name);
                }
            }
        }
        System.out.printf("EJB roles: %d session beans, %d public methods, %d covered by the class only %s%n",
                beans.size(), methods, classLevelOnly.size(), classLevelOnly);
        assertTrue(methods > 100, "the scan found the business methods: " + methods);
        assertTrue(offenders.isEmpty(), "public EJB methods without @RolesAllowed/@PermitAll/@DenyAll: " + offenders);
    }

    /** Public methods the container exposes: the bean's own and its superclasses', without Object's. */
    static List<Method> businessMethods(Class<?> bean) {
        List<Method> found = new ArrayList<>();
        for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()
                        && !m.isBridge() && found.stream().noneMatch(f -> sameSignature(f, m))) {
                    found.add(m);
                }
            }
        }
        found.sort(Comparator.comparing(Method::getName));
        return found;
    }

    private static boolean sameSignature(Method a, Method b) {
        return a.getName().equals(b.getName()) && java.util.Arrays.equals(a.getParameterTypes(), b.getParameterTypes());
    }

    private static boolean states(AnnotatedElement element) {
        return ROLES.stream().anyMatch(element::isAnnotationPresent);
    }

    /** The module's {@code @Stateless}/{@code @Singleton}/{@code @Stateful} classes, from its compiled classes. */
    static List<Class<?>> sessionBeans() throws IOException, URISyntaxException {
        Path classes = Path.of(BusinessException.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                try {
                    Class<?> type = Class.forName(name, false, EjbMethodRolesTest.class.getClassLoader());
                    if (SESSION_BEANS.stream().anyMatch(type::isAnnotationPresent)) {
                        beans.add(type);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new AssertionError("cannot load " + name, e);
                }
            }
        }
        beans.sort(Comparator.comparing(Class::getName));
        return beans;
    }
}
