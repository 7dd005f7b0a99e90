package fr.relais.kernel.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

class AllowedFilterTest {

  @Allowed({"COORDINATOR"})
  static class Resource {
    public void coordinatorsOnly() {}

    @Allowed(Allowed.EVERYONE)
    public void everyone() {}
  }

  /** What a container's proxy looks like: a subclass that overrides without annotations. */
  static class Proxy extends Resource {
    @Override
    public void coordinatorsOnly() {}

    @Override
    public void everyone() {}
  }

  static class Unannotated {
    public void anything() {}
  }

  private static String[] rule(Class<?> type, String method) throws Exception {
    Method m = type.getMethod(method);
    Allowed allowed = AllowedFilter.find(type, m);
    return allowed == null ? null : allowed.value();
  }

  @Test
  void theMethodsRuleWinsOverTheClasss() throws Exception {
    assertArrayEquals(new String[] {"*"}, rule(Resource.class, "everyone"));
    assertArrayEquals(new String[] {"COORDINATOR"}, rule(Resource.class, "coordinatorsOnly"));
  }

  @Test
  void rulesAreFoundThroughProxySubclasses() throws Exception {
    assertArrayEquals(new String[] {"*"}, rule(Proxy.class, "everyone"));
    assertArrayEquals(new String[] {"COORDINATOR"}, rule(Proxy.class, "coordinatorsOnly"));
  }

  @Test
  void noRuleMeansNone() throws Exception {
    assertNull(rule(Unannotated.class, "anything"));
  }
}
