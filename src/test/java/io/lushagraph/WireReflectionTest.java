package io.lushagraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.lushagraph.config.GatewayConfig;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Every type Jackson reads or writes for Lusha's wire, in the gateway and in the simulator, is registered for
 * reflection, so a native image can (de)serialise it; a new wire type that nobody registered fails here. Wire types
 * are: every class in a {@code wire} package, every class nested in a simulator {@code *Wire} holder, every class
 * carrying a Jackson annotation, every application type in a REST client's signatures, and every application type
 * their fields and record components reach. Registrations are read from {@code @RegisterForReflection} (its
 * {@code targets} and {@code classNames}, or the annotated class itself); nested classes count only when listed,
 * as Quarkus ignores them by default.
 */
class WireReflectionTest {

    private static final String ROOT = "io.lushagraph";
    private static List<Class<?>> classes;

    @BeforeAll
    static void scan() throws IOException, URISyntaxException {
        Path root = Path.of(GatewayConfig.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(root.resolve(ROOT.replace('.', '/')))) {
            classes = files.map(root::relativize).map(Path::toString).filter(f -> f.endsWith(".class"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
                    .map(WireReflectionTest::load).filter(c -> !c.isSynthetic() && !c.isAnonymousClass()
                            && !c.isLocalClass() && !c.getSimpleName().equals("package-info"))
                    .toList();
        }
    }

    @Test
    void everyWireTypeIsRegisteredForReflection() {
        Set<String> registered = registered();
        Set<String> wire = wireTypes();

        assertThat(wire).as("wire types found").hasSizeGreaterThan(150)
                .contains("io.lushagraph.person.wire.WireContact",
                        "io.lushagraph.simulator.enrich.PersonWire$Contact",
                        "io.lushagraph.simulator.gate.ErrorBody");
        assertThat(wire.stream().filter(name -> !registered.contains(name)).toList())
                .as("wire types missing from every @RegisterForReflection").isEmpty();
    }

    private static Set<String> wireTypes() {
        Deque<Class<?>> pending = new ArrayDeque<>();
        for (Class<?> c : classes) {
            if (c.getPackageName().contains(".wire") || nestedInSimulatorWire(c) || jackson(c)) {
                pending.add(c);
            }
            if (c.isInterface() && c.isAnnotationPresent(RegisterRestClient.class)) {
                for (Method m : c.getDeclaredMethods()) {
                    applicationTypes(m.getGenericReturnType(), pending);
                    Arrays.stream(m.getGenericParameterTypes()).forEach(t -> applicationTypes(t, pending));
                }
            }
        }
        Set<String> found = new TreeSet<>();
        while (!pending.isEmpty()) {
            Class<?> c = pending.pop();
            if (c.isInterface() && c.isAnnotationPresent(RegisterRestClient.class) || !found.add(c.getName())) {
                continue;
            }
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    applicationTypes(f.getGenericType(), pending);
                }
            }
        }
        return found;
    }

    private static boolean nestedInSimulatorWire(Class<?> c) {
        for (Class<?> outer = c.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
            if (outer.getPackageName().startsWith(ROOT + ".simulator") && outer.getSimpleName().endsWith("Wire")) {
                return true;
            }
        }
        return false;
    }

    private static boolean jackson(Class<?> c) {
        Stream<AnnotatedElement> members = Stream.of(Stream.<AnnotatedElement> of(c),
                Arrays.stream(c.getDeclaredFields()), Arrays.stream(c.getDeclaredMethods()),
                c.isRecord() ? Arrays.stream(c.getRecordComponents()) : Stream.<RecordComponent> empty())
                .flatMap(s -> s);
        return members.flatMap(m -> Arrays.stream(m.getDeclaredAnnotations())).map(Annotation::annotationType)
                .anyMatch(a -> a.getPackageName().startsWith("com.fasterxml.jackson"));
    }

    /** Adds the application classes a generic type names, its arguments and bounds included. */
    private static void applicationTypes(Type type, Deque<Class<?>> into) {
        if (type instanceof Class<?> c) {
            Class<?> element = c.isArray() ? c.componentType() : c;
            if (element.getName().startsWith(ROOT + ".") && !element.isAnnotation()) {
                into.add(element);
            }
        } else if (type instanceof ParameterizedType p) {
            applicationTypes(p.getRawType(), into);
            Arrays.stream(p.getActualTypeArguments()).forEach(t -> applicationTypes(t, into));
        } else if (type instanceof GenericArrayType a) {
            applicationTypes(a.getGenericComponentType(), into);
        } else if (type instanceof WildcardType w) {
            Arrays.stream(w.getUpperBounds()).forEach(t -> applicationTypes(t, into));
        }
    }

    private static Set<String> registered() {
        Set<String> names = new TreeSet<>();
        for (Class<?> c : classes) {
            RegisterForReflection registration = c.getAnnotation(RegisterForReflection.class);
            if (registration == null) {
                continue;
            }
            if (registration.targets().length == 0 && registration.classNames().length == 0) {
                names.add(c.getName());
            }
            Arrays.stream(registration.targets()).map(Class::getName).forEach(names::add);
            names.addAll(Arrays.asList(registration.classNames()));
        }
        return names;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, WireReflectionTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name, e);
        }
    }
}
