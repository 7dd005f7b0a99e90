package fr.relais.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Everything a session keeps can travel to another instance (issue 20: web.xml is {@code
 * <distributable/>}, and with clustering on Payara stores sessions, the view-scoped beans in them
 * included, in its data grid). Every {@code @SessionScoped}, {@code @ViewScoped} or
 * {@code @ConversationScoped} bean of Relais is checked: it is Serializable, and so is every field
 * it holds, except injected beans the container hands over as serialisable proxies (normal-scoped
 * beans and EJBs) and {@code transient} fields. A field of a type that cannot be serialised (an
 * {@code Optional}, a record that is not Serializable, a {@code @Dependent} helper) fails the test,
 * with the bean and the path of the field. Each bean, once made with its no-argument constructor,
 * is also written through an ObjectOutputStream.
 */
class SessionStateTest {

  private static final List<Class<? extends Annotation>> PASSIVATING =
      List.of(SessionScoped.class, ViewScoped.class, ConversationScoped.class);

  /** Injected as a serialisable client proxy or a serialisable EJB reference. */
  private static final List<Class<? extends Annotation>> PROXIED =
      List.of(
          ApplicationScoped.class,
          RequestScoped.class,
          SessionScoped.class,
          ConversationScoped.class,
          ViewScoped.class,
          Stateless.class,
          Singleton.class);

  /**
   * Container beans Relais injects that are normal-scoped proxies or Serializable in Payara (Weld's
   * built-in beans, the request, the security context; the Clock is an @ApplicationScoped product,
   * kernel.ClockProducer).
   */
  private static final Set<String> CONTAINER_PROXIES =
      Set.of(
          "jakarta.servlet.http.HttpServletRequest",
          "jakarta.servlet.http.HttpSession",
          "jakarta.security.enterprise.SecurityContext",
          "jakarta.enterprise.context.Conversation",
          "jakarta.enterprise.event.Event",
          "jakarta.enterprise.inject.Instance",
          "jakarta.faces.context.FacesContext",
          "jakarta.faces.context.ExternalContext",
          "java.time.Clock");

  @Test
  void everyBeanKeptInASessionIsSerializable() throws Exception {
    List<Class<?>> beans = passivatingBeans();
    assertTrue(beans.size() > 40, "the beans were found: " + beans.size());
    List<String> problems = new ArrayList<>();
    for (Class<?> bean : beans) {
      if (!Serializable.class.isAssignableFrom(bean)) {
        problems.add(bean.getName() + " is not Serializable");
        continue;
      }
      checkFields(bean, bean.getSimpleName(), problems, new HashSet<>());
    }
    assertEquals(List.of(), problems, "session state that cannot move to another instance");
  }

  /**
   * The container injects a bean's fields when it makes it, not when it reads it back on another
   * instance: an injected field marked transient is null there, and the page fails on its next
   * click (the cluster drill found 20 such forms).
   */
  @Test
  void noBeanKeptInASessionHasATransientInjectedField() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Class<?> bean : passivatingBeans()) {
      problems.addAll(transientInjections(bean));
    }
    assertEquals(List.of(), problems, "injected fields lost when the session moves");
    assertEquals(List.of("Broken.skippedToo"), transientInjections(Broken.class));
  }

  private static List<String> transientInjections(Class<?> bean) {
    List<String> found = new ArrayList<>();
    for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (isInjected(field) && Modifier.isTransient(field.getModifiers())) {
          found.add(bean.getSimpleName() + "." + field.getName());
        }
      }
    }
    return found;
  }

  @Test
  void eachBeanMadeAnewIsWrittenByJavaSerialisation() throws Exception {
    List<String> problems = new ArrayList<>();
    int written = 0;
    for (Class<?> bean : passivatingBeans()) {
      Object instance;
      try {
        var constructor = bean.getDeclaredConstructor();
        constructor.setAccessible(true);
        instance = constructor.newInstance();
      } catch (ReflectiveOperationException | RuntimeException noPlainConstructor) {
        continue; // made by the container only; the field check above covers it
      }
      try (ObjectOutputStream out = new ObjectOutputStream(OutputStream.nullOutputStream())) {
        out.writeObject(instance);
        written++;
      } catch (IOException e) {
        problems.add(bean.getName() + ": " + e);
      }
    }
    assertEquals(List.of(), problems);
    assertTrue(written > 40, "beans written: " + written);
  }

  @Test
  void theCheckFindsAFieldThatCannotTravel() {
    List<String> problems = new ArrayList<>();
    checkFields(Broken.class, "Broken", problems, new HashSet<>());
    assertEquals(
        List.of(
            "Broken.chosen: java.util.Optional is not Serializable",
            "Broken.rows<NotSerializable>: "
                + NotSerializable.class.getName()
                + " is not Serializable",
            "Broken.helper: " + NotSerializable.class.getName() + " is not Serializable"),
        problems);
  }

  /** A bean the check must refuse, three times. */
  @SuppressWarnings("unused")
  private static final class Broken implements Serializable {
    private java.util.Optional<String> chosen;
    private List<NotSerializable> rows;
    @Inject private NotSerializable helper;
    private transient NotSerializable skipped;
    @Inject private transient NotSerializable skippedToo;
    private String fine;
    private List<Map<String, Long>> alsoFine;
  }

  private static final class NotSerializable {}

  private static void checkFields(
      Class<?> type, String path, List<String> problems, Set<Class<?>> seen) {
    if (!seen.add(type)) {
      return;
    }
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers)
            || Modifier.isTransient(modifiers)
            || field.isSynthetic()) {
          continue;
        }
        String where = path + "." + field.getName();
        if (isInjected(field) && proxied(field.getType())) {
          continue;
        }
        checkType(field.getGenericType(), where, problems, seen);
      }
    }
  }

  private static boolean isInjected(Field field) {
    return field.isAnnotationPresent(Inject.class)
        || field.isAnnotationPresent(jakarta.ejb.EJB.class);
  }

  private static boolean proxied(Class<?> type) {
    if (CONTAINER_PROXIES.contains(type.getName())) {
      return true;
    }
    return PROXIED.stream().anyMatch(type::isAnnotationPresent);
  }

  private static void checkType(
      Type type, String where, List<String> problems, Set<Class<?>> seen) {
    if (type instanceof ParameterizedType parameterized) {
      Class<?> raw = (Class<?>) parameterized.getRawType();
      boolean container = Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw);
      if (!container) {
        checkClass(raw, where, problems, seen);
      } else if (!raw.isInterface() && !Serializable.class.isAssignableFrom(raw)) {
        problems.add(where + ": " + raw.getName() + " is not Serializable");
      }
      for (Type argument : parameterized.getActualTypeArguments()) {
        String name = argument instanceof Class<?> c ? c.getSimpleName() : argument.getTypeName();
        checkType(argument, where + "<" + name + ">", problems, seen);
      }
    } else if (type instanceof GenericArrayType array) {
      checkType(array.getGenericComponentType(), where + "[]", problems, seen);
    } else if (type instanceof WildcardType wildcard) {
      for (Type bound : wildcard.getUpperBounds()) {
        checkType(bound, where, problems, seen);
      }
    } else if (type instanceof TypeVariable<?>) {
      // Bounded by the declaring class; its uses are checked where they are concrete.
    } else if (type instanceof Class<?> c) {
      if (c.isArray()) {
        checkType(c.getComponentType(), where + "[]", problems, seen);
      } else if (Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c)) {
        if (!c.isInterface() && !Serializable.class.isAssignableFrom(c)) {
          problems.add(where + ": " + c.getName() + " is not Serializable");
        }
      } else {
        checkClass(c, where, problems, seen);
      }
    }
  }

  private static void checkClass(
      Class<?> c, String where, List<String> problems, Set<Class<?>> seen) {
    if (c.isPrimitive() || c == Object.class) {
      return; // an Object field is checked by the serialisation test when it holds something
    }
    if (!Serializable.class.isAssignableFrom(c)) {
      problems.add(where + ": " + c.getName() + " is not Serializable");
      return;
    }
    if (c.getName().startsWith("fr.relais.") && !c.isEnum()) {
      checkFields(c, where, problems, seen);
    }
  }

  /** The passivating-scoped beans among Relais' compiled classes. */
  private static List<Class<?>> passivatingBeans() throws IOException, URISyntaxException {
    Path classes =
        Path.of(
            fr.relais.kernel.Ids.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<String> names = new TreeSet<>();
    try (Stream<Path> files = Files.walk(classes)) {
      files
          .filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$"))
          .forEach(
              f ->
                  names.add(
                      classes
                          .relativize(f)
                          .toString()
                          .replace('/', '.')
                          .replaceAll("\\.class$", "")));
    }
    List<Class<?>> beans = new ArrayList<>();
    for (String name : names) {
      Class<?> c;
      try {
        c = Class.forName(name, false, SessionStateTest.class.getClassLoader());
      } catch (ClassNotFoundException | LinkageError unloadable) {
        continue;
      }
      if (PASSIVATING.stream().anyMatch(c::isAnnotationPresent)) {
        beans.add(c);
      }
    }
    return beans;
  }
}
