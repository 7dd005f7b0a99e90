package fr.relais.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The in-container test classes of this build: those with an Arquillian {@code @Deployment}. */
final class InContainerTests {

  private InContainerTests() {}

  /**
   * The archive Arquillian made for the first test class, plus every other in-container class and
   * what its own deployment adds. Paths already there are kept as they are: Arquillian's protocol
   * has changed some of them (web.xml).
   */
  static Archive<?> union(Archive<?> first) {
    WebArchive union = first.as(WebArchive.class);
    for (Class<?> test : classes()) {
      union.addClass(test);
      union.merge(deploymentOf(test), path -> !union.contains(path));
    }
    return union;
  }

  static List<Class<?>> classes() {
    Path root = testClasses();
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .map(root::relativize)
          .map(Path::toString)
          .filter(name -> name.endsWith(".class") && !name.contains("$"))
          .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
          .<Class<?>>map(InContainerTests::load)
          .filter(type -> deploymentMethod(type) != null)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Archive<?> deploymentOf(Class<?> test) {
    Method method = deploymentMethod(test);
    try {
      method.setAccessible(true);
      return (Archive<?>) method.invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot build the deployment of " + test.getName(), e);
    }
  }

  private static Method deploymentMethod(Class<?> type) {
    for (Method method : type.getDeclaredMethods()) {
      if (method.isAnnotationPresent(Deployment.class)
          && Modifier.isStatic(method.getModifiers())) {
        return method;
      }
    }
    return null;
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, InContainerTests.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path testClasses() {
    try {
      return Path.of(
          InContainerTests.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
