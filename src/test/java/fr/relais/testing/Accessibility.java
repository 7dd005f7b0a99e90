package fr.relais.testing;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * axe-core (Deque's library for Selenium) run in the real browser on the page it shows, with the
 * rules of WCAG 2.1 A and AA, and the width checks of WCAG 1.4.10 (reflow). Only violations of
 * impact "serious" or "critical" count: they are the ones the build fails on.
 */
public final class Accessibility {

  public static final List<String> WCAG21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
  private static final Set<String> BLOCKING = Set.of("serious", "critical");

  private Accessibility() {}

  /** A rule the page breaks: its id, what it asks, how bad, where (the first few targets). */
  public record Violation(String rule, String impact, String help, int nodes, List<String> where) {
    @Override
    public String toString() {
      return rule + " (" + impact + ", " + nodes + " nodes): " + help + " – at " + where;
    }
  }

  /** The serious and critical WCAG 2.1 A/AA violations of the current page (none: empty). */
  public static List<Violation> violations(Browser browser) {
    Results results = new AxeBuilder().withTags(WCAG21_AA).analyze(browser.driver());
    if (results.isErrored()) {
      throw new IllegalStateException("axe-core did not run: " + results.getErrorMessage());
    }
    List<Violation> found = new ArrayList<>();
    for (Rule rule : results.getViolations()) {
      if (rule.getImpact() != null && BLOCKING.contains(rule.getImpact())) {
        found.add(
            new Violation(
                rule.getId(),
                rule.getImpact(),
                rule.getHelp(),
                rule.getNodes().size(),
                rule.getNodes().stream().limit(3).map(Accessibility::target).toList()));
      }
    }
    return found;
  }

  /** Fails with every serious or critical violation of the current page, readably. */
  public static void assertNoSeriousViolations(Browser browser, String what) {
    List<Violation> found = violations(browser);
    if (!found.isEmpty()) {
      throw new AssertionError(
          what
              + ": "
              + found.stream()
                  .map(Violation::toString)
                  .collect(Collectors.joining("\n  ", "\n  ", "")));
    }
  }

  /**
   * Why the page does not fit the window (WCAG 1.4.10), or null if it does: the document wider than
   * the window, or an element whose right edge passes it (not counting what lies inside a box that
   * scrolls sideways on purpose, such as a wide table).
   */
  public static String overflow(Browser browser) {
    Object why =
        browser.script(
            "const w = window.innerWidth, d = document.documentElement;"
                + " const scrolls = e => { for (let p = e.parentElement; p; p = p.parentElement) {"
                + "   const o = getComputedStyle(p).overflowX;"
                + "   if (p !== d && p !== document.body && (o === 'auto' || o === 'scroll' || o === 'hidden')) return true; }"
                + "  return false; };"
                + " const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                + "   + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).slice(0, 3).join('.') : '');"
                + " const wide = [];"
                + " for (const e of document.body.querySelectorAll('*')) {"
                + "   const r = e.getBoundingClientRect(), s = getComputedStyle(e);"
                + "   if (r.width === 0 || s.visibility === 'hidden' || s.position === 'fixed') continue;"
                + "   if (r.right > w + 1 && !scrolls(e) && !e.closest('.visually-hidden, .skip-link'))"
                + "     wide.push(name(e) + ' ' + Math.round(r.left) + '..' + Math.round(r.right));"
                + "   if (wide.length >= 3) break; }"
                + " if (d.scrollWidth <= w && wide.length === 0) return null;"
                + " return 'page ' + d.scrollWidth + ' px wide in a ' + w + ' px window'"
                + "   + (wide.length ? ', beyond it: ' + wide.join(', ') : '');");
    return why == null ? null : why.toString();
  }

  private static String target(CheckedNode node) {
    return String.valueOf(node.getTarget());
  }
}
