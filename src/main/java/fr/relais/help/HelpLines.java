package fr.relais.help;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;

/** The help page's lines, national first. Open to everyone. */
@Named
@ApplicationScoped
public class HelpLines {

  public List<HelpLine> getNational() {
    return of(HelpLine.Scope.NATIONAL);
  }

  public List<HelpLine> getLocal() {
    return of(HelpLine.Scope.ILE_DE_FRANCE);
  }

  private static List<HelpLine> of(HelpLine.Scope scope) {
    return Arrays.stream(HelpLine.values()).filter(l -> l.getScope() == scope).toList();
  }
}
